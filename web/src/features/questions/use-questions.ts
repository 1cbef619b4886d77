/** Server state for the question catalogue. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  QuestionContentInput,
  QuestionList,
  QuestionView,
  UpdateQuestion,
} from '../../../../src/contract/questions.ts';
import { api, toQuery } from '../../api/client.ts';

const QUESTIONS_KEY = ['questions'];

export function useQuestions(includeArchived: boolean) {
  return useQuery({
    queryKey: [...QUESTIONS_KEY, 'list', includeArchived],
    queryFn: () =>
      api.get<QuestionList>(`/api/questions${toQuery({ includeArchived: includeArchived || undefined })}`),
  });
}

export function useAddQuestion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (content: QuestionContentInput) => api.post<QuestionView>('/api/questions', content),
    onSuccess: () => client.invalidateQueries({ queryKey: QUESTIONS_KEY }),
  });
}

export function useUpdateQuestion(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateQuestion) => api.patch<QuestionView>(`/api/questions/${id}`, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: QUESTIONS_KEY }),
  });
}
