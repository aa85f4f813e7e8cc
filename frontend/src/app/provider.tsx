import { CloseButton, InputClearButton, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { LocalizedDates } from '../components/DateField';
import { meQueryKey, PASSWORD_CHANGE_REQUIRED } from '../features/identity/api/schemas';
import { i18n } from '../lib/i18n';
import { isApiError } from '../lib/problem';
import { cssVariablesResolver, theme } from './theme';

export function createQueryClient() {
  // A 401 anywhere means the session ended (expired, signed out elsewhere, account disabled):
  // forget who was signed in, so guards send the person to the sign-in page.
  // A 403 password_change_required means the server wants a new password first: reading `me`
  // again tells the app so, and it sends the person to change it.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && client.getQueryData(meQueryKey)) {
      client.setQueryData(meQueryKey, null);
    }
    if (isApiError(error) && error.status === 403 && error.code === PASSWORD_CHANGE_REQUIRED) {
      void client.invalidateQueries({ queryKey: meQueryKey });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Client errors (4xx) will not change by retrying; network and 5xx may.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedMantine>
        <Notifications position="bottom-right" />
        <LocalizedDates>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </LocalizedDates>
      </LocalizedMantine>
    </I18nextProvider>
  );
}

/** Close and clear buttons pass other props on to their <button>; their prop types just do not list aria-label. */
const named = (label: string) => ({ component: 'button', 'aria-label': label });

/** The theme, plus names in the UI language for Mantine's own icon buttons (close and clear have none of their own). */
function LocalizedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          CloseButton: CloseButton.extend({ defaultProps: named(t('common.close')) }),
          InputClearButton: InputClearButton.extend({ defaultProps: named(t('common.clear')) }),
        },
      }),
    [t],
  );
  return (
    <MantineProvider theme={localized} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}
