import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/get-me';

export const CHANGE_PASSWORD_PATH = '/change-password';

/**
 * Around every page: while the server requires a new password (`me.passwordChangeRequired`), it
 * answers nothing else, so the person is sent to choose one and comes back to where they were going.
 */
export function PasswordChangeGate() {
  const location = useLocation();
  const me = useMe();
  if (me.data?.passwordChangeRequired && location.pathname !== CHANGE_PASSWORD_PATH) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
