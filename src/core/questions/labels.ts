/**
 * Barrier and stage names in German and English (DESIGN §3), for question options that list barriers and for the
 * plain-words reasons of proposals and diagnoses: the same words as `core/labels.ts`, which holds them once.
 */
export { BARRIER_LABELS, STAGE_LABELS as AIDA_STAGE_LABELS } from '../labels.ts';
