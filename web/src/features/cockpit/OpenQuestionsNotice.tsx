import { ArrowRight, MessageSquareText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInbox } from '../answers/use-answers.ts';
import { useCan } from '../auth/session.tsx';

/** For a rep (who answers marketing's questions): how many question sets wait for them, one tap from the inbox. */
export function OpenQuestionsNotice() {
  const { t } = useTranslation('cockpit');
  const isRep = useCan('answers', 'write');
  const inbox = useInbox();
  if (!isRep) return null;
  const open = (inbox.data?.items ?? []).filter(
    (item) => item.setStatus === 'sent' && item.myStatus !== 'submitted',
  );
  if (open.length === 0) return null;
  return (
    <Link className="open-questions" to="/inbox">
      <MessageSquareText size={20} aria-hidden="true" />
      <span>{t('openQuestions', { count: open.length })}</span>
      <ArrowRight size={16} aria-hidden="true" />
    </Link>
  );
}
