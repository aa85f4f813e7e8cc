import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { MyProgramsRoute as MyPrograms } from '../../features/enrollment/routes/MyProgramsRoute';

/** `/my-programs`: the learner's applications, for signed-in people only. */
export function MyProgramsRoute() {
  return (
    <RequireAuth>
      <MyPrograms />
    </RequireAuth>
  );
}
