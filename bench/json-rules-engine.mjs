// The peer: the same rule table in json-rules-engine, the way a team would write it. One rule per
// (row, setting) cell whose outcome differs, in precedence order through priorities; the first
// rule that holds stops the run. The engine checks no input, so each call first runs the
// hand-written baseline (its checks, and a decision that is thrown away: a few percent of the
// engine's cost); the difference measured is the engine itself.

import { Engine } from 'json-rules-engine';
import { baselineDecide, CHECKLIST_WITH_MEETINGS, CHECKLIST_WITHOUT_MEETINGS, POLICY_VERSION } from './baseline.mjs';


const paid = { fact: 'license', operator: 'equal', value: 'paid' };
const neverSignedIn = { fact: 'hasSignedIn', operator: 'equal', value: false };
const notConverting = { fact: 'previousLicense', operator: 'notEqual', value: 'free' };
const neverEmailed = { fact: 'invitedAt', operator: 'in', value: [null] };
const emailed = { fact: 'invitedAt', operator: 'notIn', value: [null] };
const autoSend = (value) => ({ fact: 'autoSendActivationEmails', operator: 'equal', value });

const TABLE = [
  {
    priority: 50,
    conditions: { all: [{ fact: 'license', operator: 'equal', value: 'free' }] },
    event: { type: 'skip-free', params: { rule: 'free-license', reasons: ['license-free'] } },
  },
  {
    priority: 40,
    conditions: { all: [paid, { fact: 'previousLicense', operator: 'equal', value: 'free' }] },
    event: {
      type: 'notify-conversion',
      params: { rule: 'free-to-paid-conversion', reasons: ['converted-free-to-paid', 'conversion-never-suppressed'] },
    },
  },
  {
    priority: 30,
    conditions: { all: [paid, notConverting, { fact: 'hasSignedIn', operator: 'equal', value: true }] },
    event: { type: 'no-action', params: { rule: 'already-signed-in', reasons: ['already-signed-in'] } },
  },
  {
    priority: 20,
    conditions: { all: [paid, notConverting, neverSignedIn, neverEmailed, autoSend(true)] },
    event: {
      type: 'auto-send',
      params: { rule: 'new-user', reasons: ['paid-license', 'never-signed-in', 'never-emailed', 'auto-send-on'] },
    },
  },
  {
    priority: 20,
    conditions: { all: [paid, notConverting, neverSignedIn, neverEmailed, autoSend(false)] },
    event: {
      type: 'manual-required',
      params: {
        rule: 'new-user',
        trigger: 'new-user',
        reasons: ['paid-license', 'never-signed-in', 'never-emailed', 'auto-send-off'],
      },
    },
  },
  {
    priority: 10,
    conditions: { all: [paid, notConverting, neverSignedIn, emailed, autoSend(true)] },
    event: {
      type: 'reminder-eligible',
      params: { rule: 'inactive-user', reasons: ['paid-license', 'never-signed-in', 'already-emailed', 'auto-send-on'] },
    },
  },
  {
    priority: 10,
    conditions: { all: [paid, notConverting, neverSignedIn, emailed, autoSend(false)] },
    event: {
      type: 'manual-required',
      params: {
        rule: 'inactive-user',
        trigger: 'inactive-user',
        reasons: ['paid-license', 'never-signed-in', 'already-emailed', 'auto-send-off'],
      },
    },
  },
];

/** A fresh engine holding the table; it stops at the first rule that holds, as the policy does. */
export function createEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of TABLE) {
    engine.addRule({
      ...rule,
      onSuccess: () => {
        engine.stop();
      },
    });
  }
  return engine;
}

/** Decides one user with the engine; runs must not overlap on one engine (each awaits the last). */
export async function engineDecide(engine, settings, user) {
  baselineDecide(settings, user); // the same input checks, thrown the same way; its decision is dropped
  const autoSendActivationEmails = settings.autoSendActivationEmails ?? true;
  const { events } = await engine.run({
    license: user.license,
    previousLicense: user.previousLicense ?? null,
    hasSignedIn: user.hasSignedIn,
    invitedAt: user.invitedAt ?? null,
    autoSendActivationEmails,
  });
  const event = events[0];
  const decision = {
    kind: event.type,
    userId: user.id,
    rule: event.params.rule,
    reasons: event.params.reasons,
    policyVersion: POLICY_VERSION,
  };
  if (event.type === 'manual-required') {
    decision.trigger = event.params.trigger;
    decision.checklist = settings.meetingsIncluded === true ? CHECKLIST_WITH_MEETINGS : CHECKLIST_WITHOUT_MEETINGS;
  }
  return decision;
}
