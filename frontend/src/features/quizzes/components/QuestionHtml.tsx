import { Box, type BoxProps } from '@mantine/core';
import classes from '../quizzes.module.css';

/**
 * A question's text or feedback: HTML the server has already sanitized (only its allowed tags and
 * attributes, no scripts), shown as HTML. Pictures are kept within the screen's width.
 */
export function QuestionHtml({ html, ...props }: { html: string } & BoxProps) {
  return <Box className={classes.html} {...props} dangerouslySetInnerHTML={{ __html: html }} />;
}
