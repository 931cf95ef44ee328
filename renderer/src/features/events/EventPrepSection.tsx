import { Anchor, Badge, Group, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { EventDetail } from '@shared/api/events';
import { SectionCard } from '@renderer/components/SectionCard';

/** What students should prepare, the event's description, and which employers come. */
export function EventPrepSection({ event }: { event: EventDetail }) {
  return (
    <SectionCard title="Prep notes">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          {event.description && (
            <Text size="sm" mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {event.description}
            </Text>
          )}
          {/* pre-wrap keeps the advisor's one-question-per-line layout. */}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={event.prepNotes ? undefined : 'dimmed'}>
            {event.prepNotes ?? 'No prep notes yet. Edit the event to suggest questions and talking points for students.'}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            Employers attending
          </Text>
          {event.employers.length === 0 ? (
            <Text size="sm" c="dimmed">
              None recorded. Adding them lets Rapport suggest students interested in their industries.
            </Text>
          ) : (
            <Group gap="xs">
              {event.employers.map((em) => (
                <Anchor key={em.id} component={Link} to={`/employers/${em.id}`} size="sm">
                  <Badge variant="light" style={{ cursor: 'pointer' }}>
                    {em.name}
                    {em.industry ? ` · ${em.industry}` : ''}
                  </Badge>
                </Anchor>
              ))}
            </Group>
          )}
        </div>
      </SimpleGrid>
    </SectionCard>
  );
}
