import type { Mission } from '../../../shared-kernel/src';
import type { CommandContext } from '../../../platform/src/command-context';
import { AddMitigationCommand } from '../../../risks/src/commands/add-mitigation.handler';
import { CompleteMitigationCommand } from '../../../risks/src/commands/complete-mitigation.handler';
import { IdentifyRiskCommand } from '../../../risks/src/commands/identify-risk.handler';
import { ReassessRiskCommand } from '../../../risks/src/commands/reassess-risk.handler';
import { AddMitigationRequest, CompleteMitigationRequest, IdentifyRiskRequest, ReassessRiskRequest } from '../../../risks/src/http/risk.dto';
import { demoId, FICTIONAL, type DemoStep } from './demo-step';

/** The risks the government letter names, as the company would have registered them before deploying. */

type Risk = { key: string; category: string; mission: Mission; title: string; description: string; owner: string; likelihood: number; impact: number };

const RISKS: Risk[] = [
  { key: 'indirect-fire', category: 'INDIRECT_FIRE', mission: 'NMI', title: 'Rocket and mortar fire on Camp Union III', description: 'Iran-affiliated militias fire rockets at the Green Zone.', owner: 'Company commander', likelihood: 4, impact: 4 },
  { key: 'drones', category: 'ARMED_DRONE', mission: 'NMI', title: 'One-way attack drones', description: 'Armed drones launched by militias at coalition sites in Baghdad.', owner: 'Company commander', likelihood: 3, impact: 4 },
  { key: 'unrest', category: 'CIVIL_UNREST', mission: 'NMI', title: 'Demonstrations escalating along escort routes', description: 'Political unrest in Baghdad can turn violent near adviser movements.', owner: 'Operations officer', likelihood: 3, impact: 3 },
  { key: 'heat', category: 'HEAT_ILLNESS', mission: 'NMI', title: 'Heat illness in summer', description: 'WBGT above 32 °C from June to September; the main medical risk.', owner: 'Medical officer', likelihood: 4, impact: 3 },
  { key: 'accommodation', category: 'INFRASTRUCTURE', mission: 'NMI', title: 'Deficiencies of the accommodation at Camp Union III', description: 'Small infrastructure works are needed before and during the deployment.', owner: 'Logistics officer', likelihood: 3, impact: 2 },
  { key: 'civcas', category: 'CIVILIAN_CASUALTIES', mission: 'NMI', title: 'Civilians caught up in a use of force', description: 'Bystanders hit when the escort must use force in self-defence, e.g. cross-fire at a demonstration.', owner: 'Legal adviser', likelihood: 1, impact: 5 },
  { key: 'espionage', category: 'CYBER_ESPIONAGE', mission: 'NMI', title: 'Espionage and cyber activity by state actors', description: 'Phishing and tracking aimed at advisers and their devices.', owner: 'Intelligence officer', likelihood: 3, impact: 3 },
];

const MITIGATIONS: Array<{ risk: string; key: string; description: string; owner: string; dueBy: string; completed?: string }> = [
  { risk: 'heat', key: 'acclimatisation', description: 'Acclimatisation programme for every new rotation (Dutch guidelines)', owner: 'Medical officer', dueBy: '2024-06-01', completed: '2024-05-30' },
  { risk: 'heat', key: 'wbgt', description: 'WBGT measured hourly; work-rest cycles above 30 °C', owner: 'Medical officer', dueBy: '2024-06-15', completed: '2024-06-10' },
  { risk: 'indirect-fire', key: 'shelters', description: 'Overhead protection for the sleeping quarters', owner: 'Engineers', dueBy: '2024-09-30' },
  { risk: 'accommodation', key: 'repairs', description: 'Repair air conditioning and power supply of the accommodation blocks', owner: 'Logistics officer', dueBy: '2024-08-01', completed: '2024-07-26' },
];

const riskId = (key: string) => demoId('risk', key);

export function demoRisks(): DemoStep[] {
  const identified = RISKS.map(({ key, ...risk }): DemoStep => ({
    key: `risk/${key}`,
    role: 'manager',
    at: '2023-12-18T09:00:00.000Z',
    request: IdentifyRiskRequest,
    body: { ...risk, id: riskId(key), title: `${FICTIONAL} ${risk.title}`, description: `${FICTIONAL} ${risk.description}`, reviewBy: '2024-12-31' },
    command: (body: IdentifyRiskRequest, context: CommandContext) => new IdentifyRiskCommand(riskId(key), body, context),
  }));
  const mitigations = MITIGATIONS.flatMap(({ risk, key, completed, ...mitigation }): DemoStep[] => {
    const id = demoId('mitigation', risk, key);
    const added: DemoStep = {
      key: `risk/${risk}/mitigation/${key}`,
      role: 'operations',
      at: '2024-01-05T09:00:00.000Z',
      request: AddMitigationRequest,
      body: { ...mitigation, id, description: `${FICTIONAL} ${mitigation.description}` },
      command: (body: AddMitigationRequest, context: CommandContext) => new AddMitigationCommand(riskId(risk), body, context),
    };
    if (!completed) return [added];
    const done: DemoStep = {
      key: `risk/${risk}/mitigation/${key}/completion`,
      role: 'operations',
      at: `${completed}T12:00:00.000Z`,
      request: CompleteMitigationRequest,
      body: {},
      command: (body: CompleteMitigationRequest, context: CommandContext) => new CompleteMitigationCommand(riskId(risk), { ...body, mitigationId: id }, context),
    };
    return [added, done];
  });
  const reassessed: DemoStep = {
    key: 'risk/heat/reassessment',
    role: 'manager',
    at: '2024-09-30T09:00:00.000Z',
    request: ReassessRiskRequest,
    body: { likelihood: 3, impact: 3, residualLikelihood: 2, residualImpact: 3, rationale: `${FICTIONAL} Summer over; 14 heat casualties, one heat stroke. Acclimatisation worked.` },
    command: (body: ReassessRiskRequest, context: CommandContext) => new ReassessRiskCommand(riskId('heat'), body, context),
  };
  return [...identified, ...mitigations, reassessed];
}
