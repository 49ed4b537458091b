// The components MDX pages use without imports; the docs routes pass them to <Content components>.
import Callout from './Callout.astro';
import Tabs from './Tabs.astro';
import Tab from './Tab.astro';
import Steps from './Steps.astro';
import Cards from './Cards.astro';
import Card from './Card.astro';
import Checklist from './Checklist.astro';
import SeverityTable from './SeverityTable.astro';
import EscalationPolicy from './EscalationPolicy.astro';
import RoleCard from './RoleCard.astro';
import CommsTemplate from './CommsTemplate.astro';
import WorkflowSteps from './WorkflowSteps.astro';
import CareerLevel from './CareerLevel.astro';
import CareerMatrix from './CareerMatrix.astro';
import Mermaid from './Mermaid.astro';
import ReviewRules from '../review/ReviewRules.astro';
import RunbookIndex from './RunbookIndex.astro';

export const mdxComponents = {
  Callout,
  Tabs,
  Tab,
  Steps,
  Cards,
  Card,
  Checklist,
  SeverityTable,
  EscalationPolicy,
  RoleCard,
  CommsTemplate,
  WorkflowSteps,
  CareerLevel,
  CareerMatrix,
  Mermaid,
  ReviewRules,
  RunbookIndex,
};
