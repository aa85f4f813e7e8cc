import { Box, type BoxProps } from '@mantine/core';
import DOMPurify from 'dompurify';
import { useMemo } from 'react';

/**
 * HTML written by staff (a question's text, its feedback), shown as HTML. The server cleans it when
 * saved; DOMPurify cleans it again here, so that nothing else the page shows can be harmed by it.
 */
export function SafeHtml({ html, inline = false, ...props }: { html: string; inline?: boolean } & BoxProps) {
  const clean = useMemo(() => DOMPurify.sanitize(html), [html]);
  return <Box component={inline ? 'span' : 'div'} className="safe-html" {...props} dangerouslySetInnerHTML={{ __html: clean }} />;
}
