// The refusals the grants commands share, in the words a customer reads.
import { AppError } from '../../common/errors.ts';

/** Unknown, or not visible to the caller: never told apart. */
export function grantNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Permissão de acesso não encontrada.');
}

/** The grant is closed (declined, expired, cancelled, revoked): it cannot be ended again. */
export function grantAlreadyEnded(): AppError {
  return new AppError('CONFLICT', 'Esta permissão de acesso já está encerrada.');
}

/** Unknown, expired, used or cancelled invite link: deliberately not told apart. */
export function inviteInvalid(): AppError {
  return new AppError('INVITE_INVALID');
}
