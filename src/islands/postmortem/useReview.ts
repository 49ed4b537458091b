// The review's state for the generator: the review code (src/core/review/) and its panel are fetched
// when the writer first works on the page (a click, a key or a focus), so they are not in the first
// load, and the draft is reviewed when typing pauses (an idle callback after the deferred render), so
// a keystroke never waits for it. Findings come in the page's language
// for the panel and in the document's language for the exported checklist.
import { useCallback, useEffect, useState } from 'react';
import type { ReviewFinding } from '../../core/review/index.ts';
import type { Incident, Lang, ReviewData, SeverityLevel } from '../../core/schema.ts';
import { whenIdle } from './deferred.ts';
import { incidentForOutput } from './state.ts';

type ReviewModule = typeof import('../../core/review/index.ts');

interface UseReviewOptions {
  /** The deferred draft (what the preview shows). */
  incident: Incident;
  lang: Lang;
  docLang: Lang;
  severities: readonly SeverityLevel[];
  /** content/data/review.yaml; without it there is no review. */
  data: ReviewData | undefined;
}

export interface ReviewState {
  /** False until the writer first interacts with the page; the panel is shown from then on. */
  active: boolean;
  /** Null until the review code has loaded and the draft has been reviewed once. */
  findings: ReviewFinding[] | null;
  /** Whether the exported document ends with the findings as a checklist. */
  include: boolean;
  setInclude: (include: boolean) => void;
  /** The checklist findings for the document preview (in the document's language), when included. */
  documentFindings: ReviewFinding[] | undefined;
  /** The same, computed now for `incident` (what Copy and Download write). */
  forDocument: (incident: Incident) => ReviewFinding[] | undefined;
}

const START_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const;

export function useReview({ incident, lang, docLang, severities, data }: UseReviewOptions): ReviewState {
  const [active, setActive] = useState(false);
  const [review, setReview] = useState<ReviewModule | null>(null);
  const [include, setInclude] = useState(false);
  const [result, setResult] = useState<{ findings: ReviewFinding[]; documentFindings?: ReviewFinding[] } | null>(null);

  useEffect(() => {
    if (!data || active) return;
    const start = () => setActive(true);
    for (const type of START_EVENTS) document.addEventListener(type, start, { once: true, passive: true });
    return () => {
      for (const type of START_EVENTS) document.removeEventListener(type, start);
    };
  }, [data, active]);

  useEffect(() => {
    if (!data || !active) return;
    let live = true;
    const cancel = whenIdle(() => void import('../../core/review/index.ts').then((module) => live && setReview(module)));
    return () => {
      live = false;
      cancel();
    };
  }, [data, active]);

  const forDocument = useCallback(
    (draft: Incident) =>
      review && data && include
        ? review.reviewPostmortem(incidentForOutput(draft), { lang: docLang, data: { severities, review: data } })
        : undefined,
    [review, data, include, docLang, severities],
  );

  useEffect(() => {
    if (!review || !data) return;
    return whenIdle(() =>
      setResult({
        findings: review.reviewPostmortem(incident, { lang, data: { severities, review: data } }),
        documentFindings: forDocument(incident),
      }),
    );
  }, [review, data, incident, lang, severities, forDocument]);

  return {
    active,
    findings: result?.findings ?? null,
    include,
    setInclude,
    documentFindings: result?.documentFindings,
    forDocument,
  };
}
