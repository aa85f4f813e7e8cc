import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Mantine's PasswordInput with a translated, keyboard-reachable show/hide toggle. */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <PasswordInput
      // Mantine marks the invalid state for sight only on this input.
      aria-invalid={Boolean(props.error)}
      {...props}
      visible={visible}
      onVisibilityChange={setVisible}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword'), 'aria-pressed': visible }}
    />
  );
}
