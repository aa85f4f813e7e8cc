import { Anchor, AppShell, Box, Burger, Button, Container, Group, NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, type Location } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { hasRole, useMe } from '../../features/identity/api/get-me';
import { authHref } from '../../features/identity/components/safe-redirect';
import { UserMenu } from '../../features/identity/components/UserMenu';
import { VerifyEmailNotice } from '../../features/identity/components/VerifyEmailNotice';

interface NavItem {
  to: string;
  label: string;
}

function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  const me = useMe();
  const items: NavItem[] = [{ to: '/programs', label: t('nav.programs') }];
  if (hasRole(me.data, 'learner')) {
    items.push(
      { to: '/my-programs', label: t('nav.myPrograms') },
      { to: '/my-certificates', label: t('nav.myCertificates') },
      { to: '/my-sessions', label: t('nav.mySessions') },
    );
  }
  if (hasRole(me.data, 'admin') || hasRole(me.data, 'trainer')) {
    items.push({ to: '/manage/programs', label: t('catalog.manage.nav') });
  }
  if (hasRole(me.data, 'admin')) {
    items.push(
      { to: '/admin/users', label: t('nav.users') },
      { to: '/admin/outbox', label: t('nav.outbox') },
      { to: '/admin/recordings', label: t('nav.recordings') },
      { to: '/admin/reports', label: t('nav.reports') },
    );
  }
  return items;
}

/** Where "sign in" and "sign up" should bring the person back to: this page, or the `next` it already carries. */
function returnTo(location: Location): string {
  if (location.pathname === '/login' || location.pathname === '/signup') {
    return new URLSearchParams(location.search).get('next') ?? '/';
  }
  return `${location.pathname}${location.search}`;
}

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const items = useNavItems();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();

  useEffect(close, [location.pathname, close]);

  // After client-side navigation, move focus to the new page so screen readers announce it.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('main-content')?.focus({ preventScroll: false });
  }, [location.pathname]);

  const anonymous = !me.isPending && !me.data;
  const loginHref = authHref('/login', returnTo(location));
  const signupHref = authHref('/signup', returnTo(location));

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint: 'md', collapsed: { mobile: !opened, desktop: true } }}
      padding={0}
    >
      <a href="#main-content" className="skip-link">
        {t('nav.skipToContent')}
      </a>

      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
            <Group gap="lg" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={t('nav.toggleMenu')}
                aria-expanded={opened}
                aria-controls="mobile-navigation"
              />
              <Anchor component={Link} to="/" underline="never" c="civitas.8" fw={800} fz="xl" lh={1}>
                {t('app.name')}
              </Anchor>
              <Group component="nav" aria-label={t('nav.mainLabel')} gap={4} visibleFrom="md" wrap="nowrap">
                {items.map((item) => (
                  <Button
                    key={item.to}
                    component={NavLink}
                    to={item.to}
                    variant="subtle"
                    color="dark"
                    className="nav-link"
                  >
                    {item.label}
                  </Button>
                ))}
              </Group>
            </Group>

            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              {me.data && <UserMenu me={me.data} />}
              {anonymous && (
                <Group gap="xs" wrap="nowrap" visibleFrom="sm">
                  <Button component={Link} to={loginHref} variant="default">
                    {t('nav.login')}
                  </Button>
                  <Button component={Link} to={signupHref}>
                    {t('nav.signup')}
                  </Button>
                </Group>
              )}
            </Group>
          </Group>
        </Container>
      </AppShell.Header>

      <AppShell.Navbar
        p="md"
        id="mobile-navigation"
        component="nav"
        aria-label={t('nav.mainLabel')}
        hiddenFrom="md"
        // Collapsed means slid off-screen; hide it from keyboard and screen readers as well.
        style={{ visibility: opened ? 'visible' : 'hidden' }}
      >
        <Stack gap={4}>
          {items.map((item) => (
            <MantineNavLink key={item.to} component={NavLink} to={item.to} label={item.label} />
          ))}
          {anonymous && (
            <>
              <MantineNavLink component={NavLink} to={loginHref} label={t('nav.login')} />
              <MantineNavLink component={NavLink} to={signupHref} label={t('nav.signup')} />
            </>
          )}
        </Stack>
      </AppShell.Navbar>

      {/* The footer sits below <main>, which is tall enough to keep it at the bottom of short pages. */}
      <AppShell.Main id="main-content" tabIndex={-1} style={{ minHeight: 'calc(100dvh - 5.5rem)' }}>
        <Container size="xl" py="xl">
          {location.pathname !== '/verify-email' && <VerifyEmailNotice />}
          <Outlet />
        </Container>
      </AppShell.Main>

      <Box component="footer" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Container size="xl" py="md">
          <Group justify="space-between" gap="md">
            <Text size="sm" c="dimmed" maw={640}>
              {t('footer.about')}
            </Text>
            <Group gap="md">
              <Anchor href="/api-docs" size="sm">
                {t('footer.apiDocs')}
              </Anchor>
              <Anchor href="/openapi/civitas.yml" size="sm">
                {t('footer.openApi')}
              </Anchor>
            </Group>
          </Group>
        </Container>
      </Box>
    </AppShell>
  );
}
