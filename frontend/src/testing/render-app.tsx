import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProvider, createQueryClient } from '../app/provider';
import { routes } from '../app/router';

/** Renders `routes` at `path` with the app's providers, answering without retries. */
export function renderRoutes(routeObjects: RouteObject[], path: string) {
  const router = createMemoryRouter(routeObjects, { initialEntries: [path] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  const utils = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...utils, router, queryClient };
}

/** Renders the whole app (layout, guards, providers) at `path`, as a route-level test needs. */
export function renderApp(path: string) {
  return renderRoutes(routes, path);
}
