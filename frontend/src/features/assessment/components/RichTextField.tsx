import { Input, Text } from '@mantine/core';
import { getUploadImageExtension, Link, RichTextEditor } from '@mantine/tiptap';
import '@mantine/tiptap/styles.css';
import Image from '@tiptap/extension-image';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Pictures go into the text itself (a data: URI), so a large one would weigh on every attempt. */
export const MAX_IMAGE_BYTES = 1024 * 1024;

class ImageTooLarge extends Error {}

/** A picked picture as a data: URI, refused over {@link MAX_IMAGE_BYTES}. */
function readImage(file: File): Promise<{ src: string; alt: string }> {
  if (file.size > MAX_IMAGE_BYTES) return Promise.reject(new ImageTooLarge());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ src: String(reader.result), alt: file.name.replace(/\.[^.]+$/, '') });
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

interface RichTextFieldProps {
  label: string;
  /** HTML; the editor writes `<p></p>` when empty. */
  value: string;
  onChange: (html: string) => void;
  error?: ReactNode;
  description?: string;
  required?: boolean;
  /** The form path, so that the error summary can move focus here. */
  path: string;
  /** Fewer buttons and a shorter box: for a choice, a pair or a feedback. */
  compact?: boolean;
}

/**
 * A small rich-text editor (bold, italic, lists, links, pictures up to 1 MB) for the HTML parts of a
 * question; the server cleans what it receives. Its editable box is labelled by the field's label
 * and described by its error, like any other input.
 */
export function RichTextField({ label, value, onChange, error, description, required, path, compact = false }: RichTextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [imageError, setImageError] = useState<string | null>(null);
  // What the editor last wrote: a `value` equal to it is the form catching up, not a change from outside.
  const written = useRef(value);
  const shownError = error ?? imageError;
  const describedBy = [description && `${id}-description`, shownError && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const editor = useEditor({
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    extensions: [
      StarterKit.configure({ link: false, heading: false, codeBlock: false, code: false, horizontalRule: false, blockquote: false }),
      Link.configure({ openOnClick: false }),
      getUploadImageExtension(Image.configure({ allowBase64: true }), {
        onImageUpload: async (file: File) => {
          setImageError(null);
          return readImage(file);
        },
        onImageUploadError: (_file: File, cause: unknown) =>
          setImageError(t(cause instanceof ImageTooLarge ? 'assessment.rte.imageTooLarge' : 'assessment.rte.imageUnreadable')),
      }),
    ],
    content: value,
    onUpdate: ({ editor: current }) => {
      written.current = current.getHTML();
      onChange(written.current);
    },
    editorProps: {
      attributes: {
        'aria-labelledby': `${id}-label`,
        'aria-multiline': 'true',
        'aria-required': required ? 'true' : 'false',
        'aria-invalid': shownError ? 'true' : 'false',
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        'data-path': path,
        tabindex: '0',
      },
    },
  });
  // A value put in from outside (the form reset to the server's version) replaces what the editor shows.
  useEffect(() => {
    if (!editor || editor.isDestroyed || value === written.current) return;
    written.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      labelProps={{ id: `${id}-label` }}
      description={description}
      descriptionProps={{ id: `${id}-description` }}
      error={shownError}
      errorProps={{ id: `${id}-error` }}
      required={required}
    >
      <RichTextEditor editor={editor} labels={useLabels()} variant="subtle" mt={4}>
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            {!compact && <RichTextEditor.Underline />}
          </RichTextEditor.ControlsGroup>
          {!compact && (
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
            </RichTextEditor.ControlsGroup>
          )}
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
            <RichTextEditor.ImageUpload accept="image/png,image/jpeg,image/gif,image/webp" />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content mih={compact ? 44 : 120} />
      </RichTextEditor>
      {!compact && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('assessment.rte.hint')}
        </Text>
      )}
    </Input.Wrapper>
  );
}

/** The editor's buttons in the person's language. */
function useLabels() {
  const { t } = useTranslation();
  return {
    boldControlLabel: t('assessment.rte.bold'),
    italicControlLabel: t('assessment.rte.italic'),
    underlineControlLabel: t('assessment.rte.underline'),
    bulletListControlLabel: t('assessment.rte.bulletList'),
    orderedListControlLabel: t('assessment.rte.orderedList'),
    linkControlLabel: t('assessment.rte.link'),
    unlinkControlLabel: t('assessment.rte.unlink'),
    imageUploadControlLabel: t('assessment.rte.image'),
    linkEditorInputLabel: t('assessment.rte.linkUrl'),
    linkEditorInputPlaceholder: 'https://',
    linkEditorExternalLink: t('assessment.rte.linkNewTab'),
    linkEditorInternalLink: t('assessment.rte.linkSameTab'),
    linkEditorSave: t('common.save'),
  };
}
