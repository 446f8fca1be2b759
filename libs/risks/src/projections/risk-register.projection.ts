import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../../event-store/src';
import { INCIDENT_EVENTS, type IncidentEvent, type IncidentFacts } from '../../../incidents/src/incident.events';
import { assertNever } from '../../../platform/src/decider';
import { EventHistoryTable, ReadModelProjection, type Projection } from '../../../projections/src';
import { riskLevel, riskScore } from '../risk-level';
import { RISK_EVENTS, type Assessment } from '../risk.events';

/*
 * Tables:
 *   risk_register(id PK, category, mission, title, description, owner, likelihood, impact, score, level,
 *     residual_likelihood, residual_impact, review_by, status OPEN|CLOSED, identified_at, closed_at, close_reason, revision)
 *   risk_mitigations(risk_id, mitigation_id, description, owner, due_by, added_at, completed_at)
 *   risk_history: every event of the risk, as recorded (an EventHistoryTable)
 *   risk_incident_occurrences(incident_id PK, category, mission, occurred_at): what materialises a risk; the
 *     register counts them at query time, so "the last 28 days" is always relative to the question.
 */

export const RISK_HISTORY = new EventHistoryTable('risk_history');

function prepare(db: Database.Database) {
  return {
    history: RISK_HISTORY.writer(db),
    identified: db.prepare(`INSERT OR REPLACE INTO risk_register (id, category, mission, title, description, owner, likelihood, impact, score, level,
       residual_likelihood, residual_impact, review_by, status, identified_at, revision)
     VALUES (@riskId, @category, @mission, @title, @description, @owner, @likelihood, @impact, @score, @level,
       @residualLikelihood, @residualImpact, @reviewBy, 'OPEN', @identifiedAt, @revision)`),
    reassessed: db.prepare(`UPDATE risk_register SET likelihood = @likelihood, impact = @impact, score = @score, level = @level,
       residual_likelihood = @residualLikelihood, residual_impact = @residualImpact, review_by = @reviewBy, revision = @revision
     WHERE id = @riskId`),
    mitigationAdded: db.prepare('INSERT OR REPLACE INTO risk_mitigations VALUES (?, ?, ?, ?, ?, ?, NULL)'),
    mitigationCompleted: db.prepare('UPDATE risk_mitigations SET completed_at = ? WHERE risk_id = ? AND mitigation_id = ?'),
    closed: db.prepare(`UPDATE risk_register SET status = 'CLOSED', closed_at = ?, close_reason = ? WHERE id = ?`),
    revision: db.prepare('UPDATE risk_register SET revision = ? WHERE id = ?'),
    occurrence: db.prepare('INSERT OR REPLACE INTO risk_incident_occurrences VALUES (?, ?, ?, ?)'),
  };
}

function assessmentColumns(assessment: Assessment) {
  const score = riskScore(assessment.likelihood, assessment.impact);
  return {
    likelihood: assessment.likelihood,
    impact: assessment.impact,
    score,
    level: riskLevel(score),
    residualLikelihood: assessment.residualLikelihood ?? null,
    residualImpact: assessment.residualImpact ?? null,
  };
}

/** The risk register, its mitigations and history, and the incidents that materialise risks. */
@ReadModelProjection()
@Injectable()
export class RiskRegisterProjection implements Projection {
  readonly name = 'risk-register';
  /** 2: risk_history became an EventHistoryTable (item_id, not risk_id). */
  readonly version = 2;
  private prepared?: ReturnType<typeof prepare>;

  setUp(db: Database.Database): void {
    db.exec(`
      CREATE TABLE IF NOT EXISTS risk_register (
        id TEXT PRIMARY KEY, category TEXT NOT NULL, mission TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
        owner TEXT NOT NULL, likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, score INTEGER NOT NULL, level TEXT NOT NULL,
        residual_likelihood INTEGER, residual_impact INTEGER, review_by TEXT NOT NULL, status TEXT NOT NULL,
        identified_at TEXT NOT NULL, closed_at TEXT, close_reason TEXT, revision INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS risk_register_score ON risk_register (score DESC, review_by);
      CREATE TABLE IF NOT EXISTS risk_mitigations (
        risk_id TEXT NOT NULL, mitigation_id TEXT NOT NULL, description TEXT NOT NULL, owner TEXT NOT NULL,
        due_by TEXT NOT NULL, added_at TEXT NOT NULL, completed_at TEXT, PRIMARY KEY (risk_id, mitigation_id));
      ${RISK_HISTORY.createSql}
      CREATE TABLE IF NOT EXISTS risk_incident_occurrences (
        incident_id TEXT PRIMARY KEY, category TEXT NOT NULL, mission TEXT NOT NULL, occurred_at TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS risk_incident_occurrences_match ON risk_incident_occurrences (category, mission, occurred_at);
    `);
    this.prepared = prepare(db);
  }

  reset(db: Database.Database): void {
    db.exec(`DROP TABLE IF EXISTS risk_register; DROP TABLE IF EXISTS risk_mitigations;
      DROP TABLE IF EXISTS risk_incident_occurrences; ${RISK_HISTORY.dropSql}`);
    this.prepared = undefined;
  }

  private statements(db: Database.Database) {
    return (this.prepared ??= prepare(db));
  }

  apply(event: RecordedEvent, db: Database.Database): void {
    if (INCIDENT_EVENTS.has(event)) return this.applyIncident(event, db);
    if (!RISK_EVENTS.has(event)) return;
    const statements = this.statements(db);
    const revision = Number(event.revision);
    const { riskId } = event.data;
    statements.history(riskId, event, event.data);
    switch (event.type) {
      case 'RiskIdentified': {
        const { category, mission, title, description, owner, reviewBy, identifiedAt } = event.data;
        statements.identified.run({ riskId, category, mission, title, description, owner, reviewBy, identifiedAt, revision, ...assessmentColumns(event.data) });
        return;
      }
      case 'RiskReassessed':
        statements.reassessed.run({ riskId, reviewBy: event.data.reviewBy, revision, ...assessmentColumns(event.data) });
        return;
      case 'MitigationAdded': {
        const { mitigationId, description, owner, dueBy, addedAt } = event.data;
        statements.mitigationAdded.run(riskId, mitigationId, description, owner, dueBy, addedAt);
        break;
      }
      case 'MitigationCompleted':
        statements.mitigationCompleted.run(event.data.completedAt, riskId, event.data.mitigationId);
        break;
      case 'RiskClosed':
        statements.closed.run(event.data.closedAt, event.data.reason, riskId);
        break;
      default:
        assertNever(event);
    }
    statements.revision.run(revision, riskId);
  }

  /** Incidents count as materialisations of risks of the same category and mission, wherever they have moved to. */
  private applyIncident(event: IncidentEvent, db: Database.Database): void {
    const occurrence = (facts: IncidentFacts) =>
      void this.statements(db).occurrence.run(event.data.incidentId, facts.category, facts.mission, facts.occurredAt);
    switch (event.type) {
      case 'IncidentReported':
      case 'UseOfForceReported':
        return occurrence(event.data);
      case 'IncidentAmended':
        return occurrence(event.data.incident);
      case 'IncidentClosed':
        return;
      default:
        return assertNever(event);
    }
  }
}
