import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messageTemplateKeys, type MessageTemplate } from './get-message-templates';

/** A change of a template: the lists show the new wording, and the template's own read is replaced. */
export function useTemplateWrite<Variables>(write: (variables: Variables) => Promise<MessageTemplate>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (template) => {
      queryClient.setQueryData(messageTemplateKeys.detail(template.kind, template.locale), template);
      return queryClient.invalidateQueries({ queryKey: messageTemplateKeys.lists() });
    },
  });
}
