import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProgramQuizzes } from '../api/get-program-quizzes';
import { useQuizFacts } from './quiz-text';

/** On a program's page, for its participants: the published quizzes, each with the viewer's standing. */
export function ProgramQuizzes({ programId, modules }: { programId: number; modules: { id: number; title: string }[] }) {
  const { t } = useTranslation();
  const facts = useQuizFacts();
  const quizzes = useProgramQuizzes(programId);
  const published = (quizzes.data ?? []).filter((quiz) => quiz.published);
  if (published.length === 0) return null;
  const moduleTitle = (moduleId: number | null) =>
    moduleId === null ? t('quizzes.finalTest') : (modules.find((module) => module.id === moduleId)?.title ?? '');
  return (
    <section aria-labelledby="program-quizzes">
      <Title order={2} id="program-quizzes" mb="sm">
        {t('quizzes.learner.heading')}
      </Title>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {published.map((quiz) => (
          <Card component="li" key={quiz.id} withBorder padding="md">
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {moduleTitle(quiz.moduleId)}
              </Text>
              <Anchor component={Link} to={`/quizzes/${quiz.id}`} fw={700}>
                {quiz.title}
              </Anchor>
              <Text size="sm">
                {facts.window(quiz)} · {facts.timeLimit(quiz)}
              </Text>
              <Group gap={6}>
                {quiz.open && (
                  <Badge color="teal" variant="light">
                    {t('quizzes.learner.open')}
                  </Badge>
                )}
                {quiz.me?.inProgressAttemptId != null && (
                  <Badge color="orange" variant="light">
                    {t('quizzes.learner.inProgress')}
                  </Badge>
                )}
                {quiz.me?.passed === true && (
                  <Badge color="teal" variant="outline">
                    {t('quizzes.review.passed')}
                  </Badge>
                )}
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
    </section>
  );
}
