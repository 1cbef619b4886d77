/**
 * Every registered route × every role (as a logged-in user and as an API token) × anonymous, checked against
 * the permission table. Routes added later are covered without touching this file. A request is "valid enough"
 * when authorisation is what decides: ids are a number no row has, bodies are `{}`, so an allowed caller may
 * get 400 or 404 — anything but 401/403 and never a 5xx.
 */
import { beforeAll, expect, it } from 'vitest';
import { createSessionCaller, createTokenCaller, ensureWorkspace } from '../../test/support/accounts.ts';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { describeEachEngine } from '../../test/support/databases.ts';
import { isAllowedFor, PERMISSIONS } from '../core/permissions.ts';
import { ROLES } from '../core/types.ts';
import type { RouteSpec } from './route.ts';

const UNKNOWN_ID = '987654';

type Kind = 'user' | 'token';

function requestFor(route: RouteSpec, headers: Record<string, string>) {
  const url = route.url.replace(/:(\w+)/g, UNKNOWN_ID);
  const hasBody = route.method !== 'GET';
  return {
    method: route.method,
    url,
    headers: hasBody ? { ...headers, 'content-type': 'application/json' } : headers,
    ...(hasBody ? { payload: '{}' } : {}),
  };
}

function describeRoute(route: RouteSpec): string {
  return `${route.method} ${route.url}`;
}

describeEachEngine('permission matrix', (get) => {
  let testApp: TestApp;
  let routes: RouteSpec[];

  beforeAll(async () => {
    testApp = await createTestApp(get());
    await ensureWorkspace(testApp);
    routes = testApp.app.tandemRoutes;
  });

  it('covers the routes, and each names a resource and action of the permission table', () => {
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) {
      if (route.permission === 'public') continue;
      const { resource, action } = route.permission;
      expect(PERMISSIONS[resource]?.[action], describeRoute(route)).toBeDefined();
    }
  });

  it('answers 401 to anonymous callers on every route but the public ones, which never answer 401/403', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const response = await testApp.app.inject(requestFor(route, {}));
      const isPublic = route.permission === 'public';
      const isRight = isPublic
        ? ![401, 403].includes(response.statusCode) && response.statusCode < 500
        : response.statusCode === 401;
      if (!isRight) wrong.push(`${describeRoute(route)} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  const callers = ROLES.flatMap((role) => (['user', 'token'] as Kind[]).map((kind) => ({ role, kind })));

  it.each(callers)(
    'lets a $kind with role $role do exactly what the table allows',
    async ({ role, kind }) => {
      const wrong: string[] = [];
      for (const route of routes) {
        // A fresh caller per request: logout and "log out everywhere" must not spoil the next request.
        const { headers } =
          kind === 'user' ? await createSessionCaller(testApp, role) : await createTokenCaller(testApp, role);
        const response = await testApp.app.inject(requestFor(route, headers));
        const status = response.statusCode;
        const expected =
          route.permission === 'public' ||
          isAllowedFor({ role, kind }, route.permission.resource, route.permission.action);
        const isRight = expected ? ![401, 403].includes(status) && status < 500 : status === 403;
        if (!isRight)
          wrong.push(`${describeRoute(route)} → ${status} (expected ${expected ? 'allowed' : '403'})`);
      }
      expect(wrong).toEqual([]);
    },
  );
});
