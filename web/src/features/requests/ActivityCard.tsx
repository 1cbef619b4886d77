import { useTranslation } from 'react-i18next';
import type { ActivityView } from '../../../../src/contract/requests.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDateTime } from '../../ui/format.ts';

function readStatus(summary: Record<string, unknown>, side: 'before' | 'after'): string {
  const values = summary[side];
  if (values && typeof values === 'object' && 'status' in values) return String(values.status);
  return '';
}

function readContext(summary: Record<string, unknown>, key: string): string {
  const context = summary.context;
  if (context && typeof context === 'object' && key in context)
    return String((context as Record<string, unknown>)[key]);
  return '';
}

/** The request's timeline from its audit entries, oldest first. */
export function ActivityCard({ activity }: { activity: ActivityView[] }) {
  const { t } = useTranslation('requests');
  const describe = (entry: ActivityView) => {
    const actor = entry.actor ?? t('activity.system');
    const status = (side: 'before' | 'after') => {
      const value = readStatus(entry.summary, side);
      return value ? t(`status.${value}`) : '';
    };
    switch (entry.action) {
      case 'create':
      case 'update':
        return t(`activity.${entry.action}`, { actor });
      case 'change_status':
        return t('activity.change_status', { actor, from: status('before'), to: status('after') });
      case 'send_questions':
        return t('activity.send_questions', {
          actor,
          questions: readContext(entry.summary, 'questions'),
          count: Number(readContext(entry.summary, 'reps')),
        });
      default:
        return t('activity.other', { actor, action: entry.action });
    }
  };
  return (
    <Card title={t('activity.title')}>
      <ol className="timeline">
        {activity.map((entry) => (
          <li key={entry.id}>
            <span className="faint">{formatDateTime(entry.at)}</span>
            <span>{describe(entry)}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
