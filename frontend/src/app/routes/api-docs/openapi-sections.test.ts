import { describe, expect, it } from 'vitest';
import { openApiSection, openApiSections, parseOpenApi } from './openapi-sections';

const YAML = `
openapi: 3.0.1
info:
  title: Civitas
  version: '0.1'
tags:
- name: schedule
- name: identity
paths:
  /api/sessions/{id}:
    parameters:
    - name: id
      in: path
      required: true
      schema:
        type: integer
    get:
      tags:
      - schedule
      operationId: session
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Session'
    delete:
      tags:
      - schedule
      responses:
        '204':
          description: Gone
  /api/me:
    get:
      tags:
      - identity
      responses:
        '200':
          description: OK
  /api/shared:
    get:
      tags:
      - identity
      - schedule
      responses:
        '200':
          description: OK
  /api/misc:
    get:
      tags:
      - zeta
      responses:
        '200':
          description: OK
    post:
      responses:
        '200':
          description: OK
components:
  schemas:
    Session:
      type: object
`;

describe('OpenAPI sections', () => {
  const document = parseOpenApi(YAML);

  it('lists tags in the fixed feature order, unknown ones after, with their operation counts', () => {
    expect(openApiSections(document)).toEqual([
      { tag: 'identity', operations: 2 },
      { tag: 'schedule', operations: 3 },
      { tag: 'zeta', operations: 1 },
      { tag: 'default', operations: 1 },
    ]);
  });

  it("keeps one tag's operations, their paths' parameters and every component", () => {
    const section = openApiSection(document, 'schedule');
    expect(Object.keys(section.paths)).toEqual(['/api/sessions/{id}', '/api/shared']);
    expect(Object.keys(section.paths['/api/sessions/{id}'] ?? {})).toEqual(['parameters', 'get', 'delete']);
    expect(section.components).toEqual(document.components);
    expect(section.tags).toEqual([{ name: 'schedule' }]);
    expect(section.info).toEqual(document.info);
  });

  it('files operations without a tag under "default", as Swagger UI does', () => {
    expect(openApiSection(document, 'default').paths).toEqual({
      '/api/misc': { post: { responses: { '200': { description: 'OK' } } } },
    });
  });

  it('leaves the parsed document as it was', () => {
    openApiSection(document, 'identity');
    expect(Object.keys(document.paths)).toHaveLength(4);
  });

  it('rejects what is not an OpenAPI document', () => {
    expect(() => parseOpenApi('just: text')).toThrow('Not an OpenAPI 3 document');
    expect(() => parseOpenApi('paths: [')).toThrow();
  });
});
