// Notifications shown in the layout's aria-live region (e.g. "Fulano aceitou o convite").

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
}

let next = 1;

export const toasts = $state<Toast[]>([]);

export function notify(message: string, tone: Toast['tone'] = 'info', timeoutMs = 8000): void {
  const id = next++;
  toasts.push({ id, message, tone });
  if (timeoutMs > 0) setTimeout(() => dismiss(id), timeoutMs);
}

export function dismiss(id: number): void {
  const i = toasts.findIndex((t) => t.id === id);
  if (i >= 0) toasts.splice(i, 1);
}
