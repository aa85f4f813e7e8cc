import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { OutboxRoute } from '../../features/notifications/routes/OutboxRoute';

export function OutboxPage() {
  return (
    <RequireAuth role="admin">
      <OutboxRoute />
    </RequireAuth>
  );
}
