// The building blocks of an e-mail's content, shared by the template files.

/** A run of text; `strong` is emphasised. */
export type Inline = string | { strong: string };

export type Block =
  | { kind: 'p'; content: Inline[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'action'; label: string; url: string }
  | { kind: 'note'; content: Inline[] };

export interface MailContent {
  subject: string;
  /** Short summary shown by mail clients next to the subject. */
  preheader: string;
  greeting: string;
  blocks: Block[];
}

export const p = (...content: Inline[]): Block => ({ kind: 'p', content });
export const note = (...content: Inline[]): Block => ({ kind: 'note', content });
export const action = (label: string, url: string): Block => ({ kind: 'action', label, url });
export const b = (strong: string): Inline => ({ strong });
