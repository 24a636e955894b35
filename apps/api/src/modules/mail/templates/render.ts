import type { MailTemplateName, MailTemplates, RenderedMail } from '../mail.types.ts';

/** Renders a template to subject, HTML and text. (Full templates: mail module.) */
export function renderMail<T extends MailTemplateName>(
  template: T,
  data: MailTemplates[T],
  _ctx: { portalUrl: string },
): RenderedMail {
  const links = Object.values(data).filter((v): v is string => typeof v === 'string' && /^https?:\/\//.test(v));
  const text = `${template}\n${links.join('\n')}`;
  return { subject: template, html: `<p>${links.map((l) => `<a href="${l}">${l}</a>`).join('<br>')}</p>`, text, links };
}
