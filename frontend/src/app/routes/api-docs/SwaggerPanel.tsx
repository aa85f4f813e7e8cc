import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import SwaggerUI from 'swagger-ui-react';
import 'swagger-ui-react/swagger-ui.css';
import './swagger-overrides.css';
import { changesSession, OPENAPI_URL, prepareSwaggerRequest, type SwaggerRequest } from './swagger-request';

/**
 * Swagger UI over the backend's OpenAPI document. Loaded lazily (its own chunk, ~1 MB), so the
 * rest of the app does not pay for it. Runs under the server's CSP: no inline scripts, no eval.
 */
export default function SwaggerPanel() {
  const queryClient = useQueryClient();
  const onResponse = useCallback(
    (response: { url?: string; ok?: boolean }) => {
      // Signing in, up or out from "Try it out" changes the session the header shows.
      if (response.ok && response.url && changesSession(response.url)) void queryClient.invalidateQueries();
      return response;
    },
    [queryClient],
  );
  return (
    <div className="civitas-swagger">
      <SwaggerUI
        url={OPENAPI_URL}
        requestInterceptor={(request) => prepareSwaggerRequest(request as SwaggerRequest)}
        responseInterceptor={onResponse}
        docExpansion="list"
        defaultModelsExpandDepth={1}
        displayRequestDuration
        queryConfigEnabled={false}
      />
    </div>
  );
}
