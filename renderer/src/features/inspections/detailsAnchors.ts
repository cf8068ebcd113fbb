/** Where the error summary of the details form points for fields whose first control has its own id. */
export const DETAILS_ANCHORS: Readonly<Record<string, string>> = {
  startDate: 'details-startDate-day',
  endDate: 'details-endDate-day',
};
