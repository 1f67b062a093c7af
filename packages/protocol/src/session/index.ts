// Schemas of live sessions (sessions.md, version 1): command bodies, events, HTTP and WebSocket shapes.

export { type AdviceResponse, AdviceResponseSchema, type DraftAdviceBody, DraftAdviceSchema } from './advice.ts';
export {
  type FieldError,
  fieldErrorOf,
  parseSessionCommand,
  SessionClauseSchema,
  type SessionCommandBody,
  SessionCommandSchema,
  StrategySchema,
  toEngineCommand,
  toPosition,
  writePath,
} from './commands.ts';
export {
  ActorNameSchema,
  AiMarkerSchema,
  OutcomeSummarySchema,
  SessionBodySchema,
  type SessionEventBody,
  SessionEventSchema,
} from './events.ts';
export {
  type CommandResponse,
  CommandResponseSchema,
  type CreateSessionBody,
  CreateSessionBodySchema,
  type CreateSessionResponse,
  CreateSessionResponseSchema,
  type ErrorBody,
  ErrorBodySchema,
  EventsQuerySchema,
  type EventsResponse,
  EventsResponseSchema,
  type LiveHello,
  LiveHelloSchema,
  type PresenceResponse,
  PresenceResponseSchema,
  type SessionStateResponse,
  SessionStateResponseSchema,
} from './http.ts';
export {
  parseSessionScript,
  type ScenarioLoader,
  type ScriptStep,
  type SessionScript,
  SessionScriptSchema,
} from './script.ts';
