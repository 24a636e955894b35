/** Longest full name, in characters (code points). */
export const PERSON_NAME_MAX_LENGTH = 200;
/** RFC 5321: a forward path holds at most 254 characters, the local part at most 64. */
export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_LOCAL_MAX_LENGTH = 64;
/** Passwords count characters (code points), so accented letters and emoji count as one. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
