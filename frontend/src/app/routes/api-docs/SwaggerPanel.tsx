import { Alert, Select, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import SwaggerUI from 'swagger-ui-react';
import 'swagger-ui-react/swagger-ui.css';
import { Loading } from '../../../components/Loading';
import { openApiSection, openApiSections, parseOpenApi, type OpenApiDocument } from './openapi-sections';
import './swagger-overrides.css';
import { changesSession, OPENAPI_URL, prepareSwaggerRequest, type SwaggerRequest } from './swagger-request';

type SpecState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; document: OpenApiDocument };

/** Fetches and parses the OpenAPI document once per visit to the page. */
function useOpenApiDocument(): SpecState {
  const [state, setState] = useState<SpecState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch(OPENAPI_URL, { credentials: 'same-origin', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return parseOpenApi(await response.text());
      })
      .then(
        (document) => setState({ status: 'ready', document }),
        () => {
          if (!controller.signal.aborted) setState({ status: 'failed' });
        },
      );
    return () => controller.abort();
  }, []);
  return state;
}

/**
 * Swagger UI over the backend's OpenAPI document, one section (tag) at a time; the section is kept
 * in `?tag=`. Loaded lazily (its own chunk, ~1 MB), so the rest of the app does not pay for it.
 * Runs under the server's CSP: no inline scripts, no eval.
 */
export default function SwaggerPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const spec = useOpenApiDocument();
  const document = spec.status === 'ready' ? spec.document : undefined;
  const sections = useMemo(() => (document ? openApiSections(document) : []), [document]);
  const wanted = searchParams.get('tag');
  const tag = sections.find((section) => section.tag === wanted)?.tag ?? sections[0]?.tag;
  // The same object for as long as the section stays, so Swagger UI keeps "Try it out" state.
  const sectionSpec = useMemo(() => (document && tag ? openApiSection(document, tag) : undefined), [document, tag]);

  const onResponse = useCallback(
    (response: { url?: string; ok?: boolean }) => {
      // Signing in, up or out from "Try it out" changes the session the header shows.
      if (response.ok && response.url && changesSession(response.url)) void queryClient.invalidateQueries();
      return response;
    },
    [queryClient],
  );
  const choose = (value: string | null) => {
    if (!value) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('tag', value);
        return next;
      },
      { preventScrollReset: true },
    );
  };

  if (spec.status === 'loading') return <Loading />;
  if (spec.status === 'failed' || !sectionSpec) {
    return (
      <Alert color="red" title={t('apiDocs.loadFailed')}>
        {t('apiDocs.loadFailedHint')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Select
        label={t('apiDocs.section')}
        data={sections.map((section) => ({
          value: section.tag,
          label: t('apiDocs.sectionOption', { tag: section.tag, operations: section.operations }),
        }))}
        value={tag}
        onChange={choose}
        allowDeselect={false}
        maw={360}
      />
      <div className="civitas-swagger">
        <SwaggerUI
          spec={sectionSpec}
          requestInterceptor={(request) => prepareSwaggerRequest(request as SwaggerRequest)}
          responseInterceptor={onResponse}
          docExpansion="list"
          defaultModelsExpandDepth={1}
          displayRequestDuration
          queryConfigEnabled={false}
        />
      </div>
    </Stack>
  );
}
