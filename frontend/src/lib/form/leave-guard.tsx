import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type Blocker, type Location } from 'react-router';

/** Whether a move from one location to the next leaves the form. */
export type Leaves = (current: Location, next: Location) => boolean;

/** The default: the form is its page, so only another path leaves it. */
export const toAnotherPage: Leaves = (current, next) => current.pathname !== next.pathname;

/** For a form opened by a query parameter (`?session=12`): another query leaves it too, e.g. its Cancel or Back. */
export const toAnotherPageOrQuery: Leaves = (current, next) => toAnotherPage(current, next) || current.search !== next.search;

/**
 * Asks before leaving a form with unsaved changes: on a move to another page within the app
 * (render `<LeaveGuardDialog blocker={guard.blocker} />`) and on closing or reloading the tab.
 * Call `release()` right before navigating away after a successful save.
 */
export function useLeaveGuard(dirty: boolean, leaves: Leaves = toAnotherPage) {
  const released = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && !released.current && leaves(currentLocation, nextLocation),
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return {
    blocker,
    release: () => {
      released.current = true;
    },
  };
}

export function LeaveGuardDialog({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation();
  return (
    <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={t('form.leaveTitle')} centered>
      <Text mb="lg">{t('form.leaveText')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {t('form.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {t('form.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
