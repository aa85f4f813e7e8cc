import { useParams } from 'react-router';
import { useProgram } from '../../features/catalog/api/get-program';
import { ApplyRoute } from '../../features/enrollment/routes/ApplyRoute';
import { RequireAuth } from '../../features/identity/components/RequireAuth';

/** Composes enrollment with the catalog (for the program's title) behind the sign-in guard. */
function ApplyWithTitle() {
  const raw = useParams().id;
  const program = useProgram(raw && /^\d+$/.test(raw) ? Number(raw) : NaN);
  return <ApplyRoute programTitle={program.data?.title} />;
}

export function ApplyPage() {
  return (
    <RequireAuth>
      <ApplyWithTitle />
    </RequireAuth>
  );
}
