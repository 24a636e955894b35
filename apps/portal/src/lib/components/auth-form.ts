// What SignInForm and SignUpForm share.

/** A failed sign-in/sign-up action's answer (`AuthFailure` in src/lib/server/auth.ts), as the forms read it. */
export interface AuthFormFailure {
  form?: string;
  message?: string | null;
  fields?: Record<string, string>;
  values?: Record<string, string>;
}

/** Moves the focus to the form's first field marked invalid, if any. */
export function focusFirstInvalid(form: HTMLFormElement): void {
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
