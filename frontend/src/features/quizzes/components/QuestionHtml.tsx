import type { BoxProps } from '@mantine/core';
import { SafeHtml } from '../../../components/SafeHtml';
import classes from '../quizzes.module.css';

/**
 * A question's text or feedback: HTML the server has already sanitized, cleaned again by SafeHtml.
 * Wide tables scroll within a phone's width.
 */
export function QuestionHtml({ html, ...props }: { html: string } & BoxProps) {
  return <SafeHtml html={html} className={`safe-html ${classes.html}`} {...props} />;
}
