import { Title, type TitleProps } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's single h1; also sets `document.title` so screen readers announce the page. */
export function PageTitle({ children, ...props }: { children: string } & Omit<TitleProps, 'children'>) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = children === appName ? appName : `${children} · ${appName}`;
  }, [children, appName]);
  return (
    <Title order={1} mb="md" {...props}>
      {children}
    </Title>
  );
}
