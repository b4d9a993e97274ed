/**
 * The adapter an admin would write for the demo CRM's classic case page when it is served under another
 * address (127.0.0.1:4310, which no built-in adapter names): labels only, as the options page explains.
 * Shared by the options, onboarding and managed-policy journeys.
 */
export function councilAdapter(id: string, name: string, origin: string) {
  return {
    id,
    name,
    version: 1,
    origins: [origin],
    casePage: { urlPattern: '^/cases/[^/?#]+' },
    header: { selector: 'h1' },
    fields: {
      reference: { label: 'Reference' },
      stage: { label: 'Stage' },
      stage1ReceivedOn: { label: 'Date received' },
      stage1AcknowledgedOn: { label: 'Date acknowledged' },
      stage1RespondedOn: { label: 'Stage 1 response sent' },
    },
  };
}
