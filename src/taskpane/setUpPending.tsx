/**
 * What a step after set-up shows until it can start, the same in every such step: a spinner while the
 * record of our sheets is read (unless reading it failed: the step shows that error), a note when
 * nothing is set up yet; null once the step can start.
 */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { SetUpRecord } from "../excel/setUpRecord";

export function setUpPending(
  record: SetUpRecord | null | undefined,
  failed: boolean,
  text: { loading: string; needsSetUp: string },
): ReactElement | null {
  if (record === undefined && !failed) return <Spinner size="tiny" labelPosition="after" label={text.loading} />;
  if (record === null)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{text.needsSetUp}</MessageBarBody>
      </MessageBar>
    );
  return null;
}
