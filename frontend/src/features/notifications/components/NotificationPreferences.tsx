import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { usePreferences } from '../api/get-preferences';
import { PreferencesForm } from './PreferencesForm';

/** The signed-in person's notification preferences, loaded, as a form. */
export function NotificationPreferences() {
  const preferences = usePreferences();
  if (preferences.isPending) return <Loading />;
  if (preferences.isError) return <ErrorAlert error={preferences.error} onRetry={() => void preferences.refetch()} />;
  return <PreferencesForm saved={preferences.data} />;
}
