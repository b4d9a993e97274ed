import { describe, expect, test } from 'vitest';
import { detectKind } from './detect-kind.js';

describe('detectKind', () => {
  test('a terse note that the response will be late is an extension notice', () => {
    const text = "Hi Mr Cole, sorry, but we won't be able to send our stage 1 reply by Monday as we said. You'll now have it by 4 May.";
    expect(detectKind(text).kind).toBe('extension-notice');
  });
  test('an acknowledgement that promises the stage 2 response gives no decision, so is not a stage 2 response', () => {
    const text = 'Dear Ms Roy\n\nThank you for asking us to review your complaint at stage 2. A manager will review your complaint and you will get our stage 2 response by 9 June.';
    expect(detectKind(text).kind).toBe('acknowledgement');
  });
  test('"logged this as a stage 1 complaint" is an acknowledgement', () => {
    expect(detectKind("I've logged this as a stage 1 complaint. You should hear back from us within 10 working days.").kind).toBe('acknowledgement');
  });
  test('a refusal that mentions an earlier final response is still a refusal', () => {
    const text = 'We gave our stage 2 final response on this matter on 3 March, so we will not open a new complaint. You can contact the Housing Ombudsman.';
    expect(detectKind(text).kind).toBe('refusal');
  });
  test('a stage 2 response that refers to "our final response" of its own is a stage 2 response', () => {
    const text = 'Stage 2 response\n\nI have reviewed the stage 1 decision and I uphold your complaint. This is our final response. You can refer your complaint to the Housing Ombudsman.';
    expect(detectKind(text).kind).toBe('stage2-response');
  });
  test('a response that quotes the stage 1 response in its body is not a stage 1 response for that', () => {
    const text = 'Stage two review\n\nI have looked at the stage one response, which apologised. My decision is that your complaint is upheld. This is our final response.';
    expect(detectKind(text).kind).toBe('stage2-response');
  });
});
