/* eslint-disable */
import type { ConsumptionQuery, ConsumptionQueryVariables, TypedDocumentString } from '../graphql.ts';

export const ConsumptionDocument = "query Consumption($installationNumber:String!$months:Int){consumption(installationNumber:$installationNumber months:$months){months{referenceMonth consumptionKwh}sameMonthLastYear{referenceMonth consumptionKwh}}}" as unknown as TypedDocumentString<
  ConsumptionQuery,
  ConsumptionQueryVariables
>;
