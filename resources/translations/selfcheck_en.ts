<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AccessLogModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Provided by</source>
            <translation>Provided by</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>You, at %1</source>
            <translation>You, at %1</translation>
        </message>
    </context>
    <context>
        <name>AddressModel</name>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Selfcheck</source>
            <translation>Selfcheck</translation>
        </message>
        <message>
            <source>Something went wrong inside Selfcheck. What you were doing has not been sent. Try again; if it keeps happening, restart the app and tell the help desk the time it happened.</source>
            <translation>Something went wrong inside Selfcheck. What you were doing has not been sent. Try again; if it keeps happening, restart the app and tell the help desk the time it happened.</translation>
        </message>
        <message>
            <source>selfcheck: there is no screen here to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Selfcheck from your desktop, or try the demo without a screen: %1</source>
            <translation>selfcheck: there is no screen here to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Selfcheck from your desktop, or try the demo without a screen: %1</translation>
        </message>
    </context>
    <context>
        <name>ApprovePage</name>
        <message>
            <source>Second staff approval</source>
            <translation>Second staff approval</translation>
        </message>
        <message numerus="yes">
            <source>Reference %1: %n item(s) reported by the resident, taken at the counter by staff %2.</source>
            <translation>
                <numerusform>Reference %1: %n item reported by the resident, taken at the counter by staff %2.</numerusform>
                <numerusform>Reference %1: %n items reported by the resident, taken at the counter by staff %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter the approving staff member's ID.</source>
            <translation>Enter the approving staff member's ID.</translation>
        </message>
        <message>
            <source>Enter the approving staff member's password.</source>
            <translation>Enter the approving staff member's password.</translation>
        </message>
        <message>
            <source>Approving…</source>
            <translation>Approving…</translation>
        </message>
        <message>
            <source>This municipality asks a second staff member to check each request made at the counter. The request waits at the service and goes on to the office that corrects it only once approved.</source>
            <translation>This municipality asks a second staff member to check each request made at the counter. The request waits at the service and goes on to the office that corrects it only once approved.</translation>
        </message>
        <message>
            <source>The request to approve</source>
            <translation>The request to approve</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>There is a problem</translation>
        </message>
        <message>
            <source>Approving staff &amp;member's ID</source>
            <translation>Approving staff &amp;member's ID</translation>
        </message>
        <message>
            <source>Approving staff member's ID</source>
            <translation>Approving staff member's ID</translation>
        </message>
        <message>
            <source>Their pass&amp;word</source>
            <translation>Their pass&amp;word</translation>
        </message>
        <message>
            <source>Approving staff member's password</source>
            <translation>Approving staff member's password</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>Approve the request</source>
            <translation>Approve the request</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Back to the confirmation</source>
            <translation>Back to the confirmation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message numerus="yes">
            <source>The PIN is wrong. %n attempt(s) left before the card locks itself.</source>
            <translation>
                <numerusform>The PIN is wrong. %n attempt left before the card locks itself.</numerusform>
                <numerusform>The PIN is wrong. %n attempts left before the card locks itself.</numerusform>
            </translation>
        </message>
        <message>
            <source>The card was taken out. Put it back in the reader and try again.</source>
            <translation>The card was taken out. Put it back in the reader and try again.</translation>
        </message>
        <message>
            <source>This card is not a My Number Card.</source>
            <translation>This card is not a My Number Card.</translation>
        </message>
        <message>
            <source>The card reader could not talk to the card. Take the card out, put it back and try again.</source>
            <translation>The card reader could not talk to the card. Take the card out, put it back and try again.</translation>
        </message>
        <message>
            <source>Your card's certificate has expired. Renew it at your municipal office.</source>
            <translation>Your card's certificate has expired. Renew it at your municipal office.</translation>
        </message>
        <message>
            <source>Your card's certificate has been revoked. Ask your municipal office.</source>
            <translation>Your card's certificate has been revoked. Ask your municipal office.</translation>
        </message>
        <message>
            <source>The service does not accept this card's certificate.</source>
            <translation>The service does not accept this card's certificate.</translation>
        </message>
        <message>
            <source>The service refused the sign-in. Try again.</source>
            <translation>The service refused the sign-in. Try again.</translation>
        </message>
    </context>
    <context>
        <name>CardPanel</name>
        <message>
            <source>Sign in with your My Number Card</source>
            <translation>Sign in with your My Number Card</translation>
        </message>
        <message>
            <source>Ins&amp;ert this resident's card</source>
            <translation>Ins&amp;ert this resident's card</translation>
        </message>
        <message>
            <source>Insert the demo resident's card into the reader</source>
            <translation>Insert the demo resident's card into the reader</translation>
        </message>
        <message>
            <source>Take the card &amp;out</source>
            <translation>Take the card &amp;out</translation>
        </message>
        <message>
            <source>Take the card out of the reader</source>
            <translation>Take the card out of the reader</translation>
        </message>
        <message>
            <source>Demo &amp;resident</source>
            <translation>Demo &amp;resident</translation>
        </message>
        <message>
            <source>Demo resident whose card to insert</source>
            <translation>Demo resident whose card to insert</translation>
        </message>
        <message>
            <source>Sample residents, each with a kind of error found in 2023. Their data is made up.</source>
            <translation>Sample residents, each with a kind of error found in 2023. Their data is made up.</translation>
        </message>
        <message>
            <source>Your card's PIN (4 digi&amp;ts)</source>
            <translation>Your card's PIN (4 digi&amp;ts)</translation>
        </message>
        <message>
            <source>Card PIN</source>
            <translation>Card PIN</translation>
        </message>
        <message>
            <source>The PIN goes to your card only; the service never sees it.</source>
            <translation>The PIN goes to your card only; the service never sees it.</translation>
        </message>
        <message>
            <source>&amp;Sign in with the card</source>
            <translation>&amp;Sign in with the card</translation>
        </message>
        <message>
            <source>Sign in with the card</source>
            <translation>Sign in with the card</translation>
        </message>
        <message>
            <source>Card in the reader. Type its PIN and press Sign in with the card.</source>
            <translation>Card in the reader. Type its PIN and press Sign in with the card.</translation>
        </message>
        <message>
            <source>Put your My Number Card in the card reader.</source>
            <translation>Put your My Number Card in the card reader.</translation>
        </message>
        <message>
            <source>Put your My Number Card in the card reader first.</source>
            <translation>Put your My Number Card in the card reader first.</translation>
        </message>
        <message>
            <source>Your card is checking the PIN and signing in…</source>
            <translation>Your card is checking the PIN and signing in…</translation>
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <source>There is no demo resident called %1. List them with: selfcheck mock-api personas</source>
            <translation>There is no demo resident called %1. List them with: selfcheck mock-api personas</translation>
        </message>
        <message>
            <source>Cannot read %1 (%2). Check the file name and that you may read it.</source>
            <translation>Cannot read %1 (%2). Check the file name and that you may read it.</translation>
        </message>
        <message>
            <source>%1 is not a resident's data in the API's JSON shape (problem at: %2). It needs "profile", "links" and optionally "access_log".</source>
            <translation>%1 is not a resident's data in the API's JSON shape (problem at: %2). It needs "profile", "links" and optionally "access_log".</translation>
        </message>
        <message numerus="yes">
            <source>%1 (My Number ending %2): %n finding(s)</source>
            <translation>
                <numerusform>%1 (My Number ending %2): %n finding</numerusform>
                <numerusform>%1 (My Number ending %2): %n findings</numerusform>
            </translation>
        </message>
        <message>
            <source>Item: %1</source>
            <translation>Item: %1</translation>
        </message>
        <message>
            <source>%1: %2 %3 | %4 %5</source>
            <translation>%1: %2 %3 | %4 %5</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check your answers before sending</source>
            <translation>Check your answers before sending</translation>
        </message>
        <message>
            <source>These items will be reported as wrong. Select one to change or remove it.</source>
            <translation>These items will be reported as wrong. Select one to change or remove it.</translation>
        </message>
        <message>
            <source>Your answers</source>
            <translation>Your answers</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Change…</translation>
        </message>
        <message>
            <source>Change the selected answer</source>
            <translation>Change the selected answer</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Remove the selected answer</source>
            <translation>Remove the selected answer</translation>
        </message>
        <message>
            <source>&amp;Add another item</source>
            <translation>&amp;Add another item</translation>
        </message>
        <message>
            <source>Mark another item as wrong</source>
            <translation>Mark another item as wrong</translation>
        </message>
        <message>
            <source>Supporting documents (optional)</source>
            <translation>Supporting documents (optional)</translation>
        </message>
        <message>
            <source>A photo or PDF of a passbook page or certificate helps the office: PNG, JPEG or PDF, up to 5 MB each, at most 3.</source>
            <translation>A photo or PDF of a passbook page or certificate helps the office: PNG, JPEG or PDF, up to 5 MB each, at most 3.</translation>
        </message>
        <message>
            <source>Attached documents</source>
            <translation>Attached documents</translation>
        </message>
        <message>
            <source>A&amp;ttach a document…</source>
            <translation>A&amp;ttach a document…</translation>
        </message>
        <message>
            <source>Attach a supporting document</source>
            <translation>Attach a supporting document</translation>
        </message>
        <message>
            <source>Remove doc&amp;uments</source>
            <translation>Remove doc&amp;uments</translation>
        </message>
        <message>
            <source>Remove the attached documents</source>
            <translation>Remove the attached documents</translation>
        </message>
        <message>
            <source>Nothing is sent until you press “Send correction request”.</source>
            <translation>Nothing is sent until you press “Send correction request”.</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>There is a problem</translation>
        </message>
        <message>
            <source>&amp;Back to the list</source>
            <translation>&amp;Back to the list</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>Back to the list</translation>
        </message>
        <message>
            <source>Sending status</source>
            <translation>Sending status</translation>
        </message>
        <message>
            <source>&amp;Send correction request</source>
            <translation>&amp;Send correction request</translation>
        </message>
        <message>
            <source>Send correction request</source>
            <translation>Send correction request</translation>
        </message>
        <message numerus="yes">
            <source>Check your answers before sending (%n item(s))</source>
            <translation>
                <numerusform>Check your answers before sending (%n item)</numerusform>
                <numerusform>Check your answers before sending (%n items)</numerusform>
            </translation>
        </message>
        <message>
            <source>No document attached.</source>
            <translation>No document attached.</translation>
        </message>
        <message>
            <source>This computer has no secure key store, so a request that cannot be sent at once is kept only while Selfcheck is open. Send it before you close the app.</source>
            <translation>This computer has no secure key store, so a request that cannot be sent at once is kept only while Selfcheck is open. Send it before you close the app.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>Not sent. %1 Your answers are kept.</source>
            <translation>Not sent. %1 Your answers are kept.</translation>
        </message>
    </context>
    <context>
        <name>Closing</name>
        <message>
            <source>Requests not sent yet</source>
            <translation>Requests not sent yet</translation>
        </message>
        <message numerus="yes">
            <source>%n correction request(s) have not been sent yet.</source>
            <translation>
                <numerusform>%n correction request have not been sent yet.</numerusform>
                <numerusform>%n correction requests have not been sent yet.</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer has no secure key store, so they are kept only while Selfcheck is open. If you close now they are lost, and you would have to mark the items and send them again. If you keep Selfcheck open, it goes on trying by itself.</source>
            <translation>This computer has no secure key store, so they are kept only while Selfcheck is open. If you close now they are lost, and you would have to mark the items and send them again. If you keep Selfcheck open, it goes on trying by itself.</translation>
        </message>
        <message>
            <source>&amp;Keep Selfcheck open</source>
            <translation>&amp;Keep Selfcheck open</translation>
        </message>
        <message>
            <source>Close and &amp;lose them</source>
            <translation>Close and &amp;lose them</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationPage</name>
        <message>
            <source>Correction request sent</source>
            <translation>Correction request sent</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Your reference number</source>
            <translation>Your reference number</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>What happens next</translation>
        </message>
        <message>
            <source>If you need help</source>
            <translation>If you need help</translation>
        </message>
        <message>
            <source>Call the My Number general help line, 0120-95-0178 (free, weekdays 9:30–20:00), and give your reference number. Keep the reference number: you can follow the request under “My requests”.</source>
            <translation>Call the My Number general help line, 0120-95-0178 (free, weekdays 9:30–20:00), and give your reference number. Keep the reference number: you can follow the request under “My requests”.</translation>
        </message>
        <message>
            <source>In the demo this reference number is made up: there is nothing to ask the help line about.</source>
            <translation>In the demo this reference number is made up: there is nothing to ask the help line about.</translation>
        </message>
        <message>
            <source>Save &amp;receipt (PDF)…</source>
            <translation>Save &amp;receipt (PDF)…</translation>
        </message>
        <message>
            <source>Save a receipt as PDF</source>
            <translation>Save a receipt as PDF</translation>
        </message>
        <message>
            <source>Ask a second staff member to &amp;approve…</source>
            <translation>Ask a second staff member to &amp;approve…</translation>
        </message>
        <message>
            <source>Ask a second staff member to approve</source>
            <translation>Ask a second staff member to approve</translation>
        </message>
        <message>
            <source>View &amp;my requests</source>
            <translation>View &amp;my requests</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>The offices that hold these items check them against their records. You will get a notification in Selfcheck when the status changes, and an answer by %1. If an item is corrected, it disappears from your list or shows the right details.</source>
            <translation>The offices that hold these items check them against their records. You will get a notification in Selfcheck when the status changes, and an answer by %1. If an item is corrected, it disappears from your list or shows the right details.</translation>
        </message>
        <message>
            <source>Correction request taken: waiting for approval</source>
            <translation>Correction request taken: waiting for approval</translation>
        </message>
        <message>
            <source>&amp;Print receipt</source>
            <translation>&amp;Print receipt</translation>
        </message>
        <message>
            <source>Print a receipt for the resident</source>
            <translation>Print a receipt for the resident</translation>
        </message>
        <message>
            <source>Your reference number is %1.</source>
            <translation>Your reference number is %1.</translation>
        </message>
        <message>
            <source>Saved: waiting to send</source>
            <translation>Saved: waiting to send</translation>
        </message>
        <message>
            <source>The service could not be reached, or its answer did not come through. Your request is saved and is sent again by itself (the service never makes it twice) until the service confirms it; you then get a reference number here and under “My requests”.</source>
            <translation>The service could not be reached, or its answer did not come through. Your request is saved and is sent again by itself (the service never makes it twice) until the service confirms it; you then get a reference number here and under “My requests”.</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <source>Selfcheck tries again every few seconds while it is open, and again when you next sign in. Nothing is sent twice.</source>
            <translation>Selfcheck tries again every few seconds while it is open, and again when you next sign in. Nothing is sent twice.</translation>
        </message>
        <message>
            <source>This computer has no secure key store, so the request is kept only while Selfcheck is open: keep the app open until it has been sent.</source>
            <translation>This computer has no secure key store, so the request is kept only while Selfcheck is open: keep the app open until it has been sent.</translation>
        </message>
        <message>
            <source>Call the My Number general help line, 0120-95-0178 (free, weekdays 9:30–20:00). This request has no reference number yet: it gets one when it has been sent, under “My requests”.</source>
            <translation>Call the My Number general help line, 0120-95-0178 (free, weekdays 9:30–20:00). This request has no reference number yet: it gets one when it has been sent, under “My requests”.</translation>
        </message>
        <message>
            <source>&amp;Send again now</source>
            <translation>&amp;Send again now</translation>
        </message>
        <message>
            <source>Send the waiting request again now</source>
            <translation>Send the waiting request again now</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <source>&amp;Copy reference number</source>
            <translation>&amp;Copy reference number</translation>
        </message>
        <message>
            <source>Copy the reference number</source>
            <translation>Copy the reference number</translation>
        </message>
        <message>
            <source>View my requests</source>
            <translation>View my requests</translation>
        </message>
        <message>
            <source>Back to the &amp;overview</source>
            <translation>Back to the &amp;overview</translation>
        </message>
        <message>
            <source>Back to the overview</source>
            <translation>Back to the overview</translation>
        </message>
    </context>
    <context>
        <name>CounterBar</name>
        <message numerus="yes">
            <source>⚠ No one has used the screen for a while. To protect the resident's data this session ends in %n second(s). Press any key or move the mouse to go on.</source>
            <translation>
                <numerusform>⚠ No one has used the screen for a while. To protect the resident's data this session ends in %n second. Press any key or move the mouse to go on.</numerusform>
                <numerusform>⚠ No one has used the screen for a while. To protect the resident's data this session ends in %n seconds. Press any key or move the mouse to go on.</numerusform>
            </translation>
        </message>
        <message>
            <source>Counter of %1 · staff %2</source>
            <translation>Counter of %1 · staff %2</translation>
        </message>
        <message>
            <source>End session (Ctrl+Shift+O)</source>
            <translation>End session (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>End this resident's session</source>
            <translation>End this resident's session</translation>
        </message>
    </context>
    <context>
        <name>CounterPage</name>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Counter of %1</source>
            <translation>Counter of %1</translation>
        </message>
        <message>
            <source>Signed in: staff %1. Residents who come next see nothing of the one before.</source>
            <translation>Signed in: staff %1. Residents who come next see nothing of the one before.</translation>
        </message>
        <message>
            <source>Signed in at this counter</source>
            <translation>Signed in at this counter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Turn the screen to the resident, then start. Only the resident types their number and PIN; please look away while they do.</source>
            <translation>Turn the screen to the resident, then start. Only the resident types their number and PIN; please look away while they do.</translation>
        </message>
        <message>
            <source>&amp;Start a resident session</source>
            <translation>&amp;Start a resident session</translation>
        </message>
        <message>
            <source>Start a resident session</source>
            <translation>Start a resident session</translation>
        </message>
        <message>
            <source>A card locked after 3 wrong PINs can be unlocked here once you have checked the resident's photo ID.</source>
            <translation>A card locked after 3 wrong PINs can be unlocked here once you have checked the resident's photo ID.</translation>
        </message>
        <message>
            <source>&amp;Unlock a locked card…</source>
            <translation>&amp;Unlock a locked card…</translation>
        </message>
        <message>
            <source>Unlock a locked card</source>
            <translation>Unlock a locked card</translation>
        </message>
        <message>
            <source>Sign &amp;out of the counter</source>
            <translation>Sign &amp;out of the counter</translation>
        </message>
        <message>
            <source>Sign out of the counter</source>
            <translation>Sign out of the counter</translation>
        </message>
    </context>
    <context>
        <name>CounterShell</name>
        <message>
            <source>The session has ended. Nothing of that resident is left on this computer.</source>
            <translation>The session has ended. Nothing of that resident is left on this computer.</translation>
        </message>
        <message>
            <source>The session ended by itself after a time without activity. Nothing of that resident is left on this computer.</source>
            <translation>The session ended by itself after a time without activity. Nothing of that resident is left on this computer.</translation>
        </message>
        <message>
            <source>The session was ended because the resident said the name shown was not theirs. Nothing was shown or changed. Start again with the resident's own card.</source>
            <translation>The session was ended because the resident said the name shown was not theirs. Nothing was shown or changed. Start again with the resident's own card.</translation>
        </message>
        <message>
            <source>The resident's sign-in was cancelled.</source>
            <translation>The resident's sign-in was cancelled.</translation>
        </message>
        <message>
            <source>The resident's session has expired, so it was ended. Start a new session.</source>
            <translation>The resident's session has expired, so it was ended. Start a new session.</translation>
        </message>
        <message>
            <source>Resident: sign in with your own card</source>
            <translation>Resident: sign in with your own card</translation>
        </message>
        <message>
            <source>Put your My Number Card in the reader and type its 4-digit PIN yourself. The staff member does not look, and the PIN goes to your card only.</source>
            <translation>Put your My Number Card in the reader and type its 4-digit PIN yourself. The staff member does not look, and the PIN goes to your card only.</translation>
        </message>
        <message>
            <source>Your staff session has ended. Sign in again to go on.</source>
            <translation>Your staff session has ended. Sign in again to go on.</translation>
        </message>
        <message>
            <source>You have signed out of the counter.</source>
            <translation>You have signed out of the counter.</translation>
        </message>
        <message>
            <source>This card is locked after 3 wrong PINs. The staff member can unlock it here: choose “Back to the counter”, then “Unlock a locked card”.</source>
            <translation>This card is locked after 3 wrong PINs. The staff member can unlock it here: choose “Back to the counter”, then “Unlock a locked card”.</translation>
        </message>
        <message>
            <source>The card is unlocked. The resident can now sign in with their new PIN.</source>
            <translation>The card is unlocked. The resident can now sign in with their new PIN.</translation>
        </message>
        <message>
            <source>This card cannot be unlocked at this counter: it is not locked, or the resident is registered in another municipality. Check the number against the card.</source>
            <translation>This card cannot be unlocked at this counter: it is not locked, or the resident is registered in another municipality. Check the number against the card.</translation>
        </message>
    </context>
    <context>
        <name>DetailPage</name>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Back to the list</source>
            <translation>&amp;Back to the list</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>Back to the list</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Holder name</source>
            <translation>Holder name</translation>
        </message>
        <message>
            <source>Holder name (kana)</source>
            <translation>Holder name (kana)</translation>
        </message>
        <message>
            <source>Holder's date of birth</source>
            <translation>Holder's date of birth</translation>
        </message>
        <message>
            <source>Holder's sex</source>
            <translation>Holder's sex</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>Registered by</translation>
        </message>
        <message>
            <source>Registered through</source>
            <translation>Registered through</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Registered on</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>No end date</source>
            <translation>No end date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Also linked to</source>
            <translation>Also linked to</translation>
        </message>
        <message numerus="yes">
            <source>%n other person(s)</source>
            <translation>
                <numerusform>%n other person</numerusform>
                <numerusform>%n other people</numerusform>
            </translation>
        </message>
        <message>
            <source>Selfcheck found: %1</source>
            <translation>Selfcheck found: %1</translation>
        </message>
        <message>
            <source>You marked this item as wrong: %1</source>
            <translation>You marked this item as wrong: %1</translation>
        </message>
        <message>
            <source>Change &amp;mark…</source>
            <translation>Change &amp;mark…</translation>
        </message>
        <message>
            <source>&amp;Mark as wrong…</source>
            <translation>&amp;Mark as wrong…</translation>
        </message>
        <message>
            <source>Mark this item as wrong</source>
            <translation>Mark this item as wrong</translation>
        </message>
    </context>
    <context>
        <name>DraftModel</name>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Your note</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Your record</source>
            <translation>Your record</translation>
        </message>
        <message>
            <source>This item</source>
            <translation>This item</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>Please check</translation>
        </message>
        <message>
            <source>For your information</source>
            <translation>For your information</translation>
        </message>
        <message>
            <source>Name as the bank writes it</source>
            <translation>Name as the bank writes it</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>Registered by</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reading (kana)</source>
            <translation>Reading (kana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Period covered</source>
            <translation>Period covered</translation>
        </message>
        <message>
            <source>Insurer</source>
            <translation>Insurer</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Information exchanged</source>
            <translation>Information exchanged</translation>
        </message>
        <message>
            <source>Other people with this account</source>
            <translation>Other people with this account</translation>
        </message>
        <message>
            <source>Times in your access log</source>
            <translation>Times in your access log</translation>
        </message>
        <message>
            <source>Registered through</source>
            <translation>Registered through</translation>
        </message>
        <message>
            <source>Your name with your former surname</source>
            <translation>Your name with your former surname</translation>
        </message>
        <message>
            <source>Your alias (tsūshō)</source>
            <translation>Your alias (tsūshō)</translation>
        </message>
        <message>
            <source>When you lived there / period of this item</source>
            <translation>When you lived there / period of this item</translation>
        </message>
        <message>
            <source>You moved away / period of this item</source>
            <translation>You moved away / period of this item</translation>
        </message>
        <message>
            <source>Your record</source>
            <translation>Your record</translation>
        </message>
        <message>
            <source>This item</source>
            <translation>This item</translation>
        </message>
        <message>
            <source>Your names in the resident register</source>
            <translation>Your names in the resident register</translation>
        </message>
        <message>
            <source>Your address history</source>
            <translation>Your address history</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>One insurance</source>
            <translation>One insurance</translation>
        </message>
        <message>
            <source>The other insurance</source>
            <translation>The other insurance</translation>
        </message>
        <message>
            <source>Your access log</source>
            <translation>Your access log</translation>
        </message>
        <message>
            <source>female</source>
            <translation>female</translation>
        </message>
        <message>
            <source>male</source>
            <translation>male</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>yourself, online (Mynaportal)</source>
            <translation>yourself, online (Mynaportal)</translation>
        </message>
        <message>
            <source>a terminal at a municipal counter</source>
            <translation>a terminal at a municipal counter</translation>
        </message>
        <message>
            <source>the insurer</source>
            <translation>the insurer</translation>
        </message>
        <message>
            <source>the bank</source>
            <translation>the bank</translation>
        </message>
        <message>
            <source>the pension office</source>
            <translation>the pension office</translation>
        </message>
        <message>
            <source>If this is not yours, report it: the office that holds it will check and correct the link.</source>
            <translation>If this is not yours, report it: the office that holds it will check and correct the link.</translation>
        </message>
        <message>
            <source>Compare it with your passbook or cash card. If it is wrong, report it.</source>
            <translation>Compare it with your passbook or cash card. If it is wrong, report it.</translation>
        </message>
        <message>
            <source>Compare it with your health insurance card or the insurer's notice. If it is wrong, report it.</source>
            <translation>Compare it with your health insurance card or the insurer's notice. If it is wrong, report it.</translation>
        </message>
        <message>
            <source>Compare it with your certificate. If it is wrong, report it.</source>
            <translation>Compare it with your certificate. If it is wrong, report it.</translation>
        </message>
        <message>
            <source>Compare it with your pension book or the pension notice. If it is wrong, report it.</source>
            <translation>Compare it with your pension book or the pension notice. If it is wrong, report it.</translation>
        </message>
        <message>
            <source>If this is your account, it is not wrongly linked: ask your bank to change the account name to your current name. If it is not yours, report it.</source>
            <translation>If this is your account, it is not wrongly linked: ask your bank to change the account name to your current name. If it is not yours, report it.</translation>
        </message>
        <message>
            <source>If this is yours, it is not wrongly linked: ask the insurer or the pension office to change the name on it to your current name. If it is not yours, report it.</source>
            <translation>If this is yours, it is not wrongly linked: ask the insurer or the pension office to change the name on it to your current name. If it is not yours, report it.</translation>
        </message>
        <message>
            <source>The benefit account is in the name of someone with your surname</source>
            <translation>The benefit account is in the name of someone with your surname</translation>
        </message>
        <message>
            <source>The account holder has your surname but another given name. It can be a relative's account or another person's. A benefit account must be in your own name.</source>
            <translation>The account holder has your surname but another given name. It can be a relative's account or another person's. A benefit account must be in your own name.</translation>
        </message>
        <message>
            <source>The benefit account is probably a family member's</source>
            <translation>The benefit account is probably a family member's</translation>
        </message>
        <message>
            <source>The account holder has your surname but another given name, and the account was registered for you by a family member or while you were a child. In 2023 many benefit accounts turned out to be a parent's account. A benefit account must be in your own name.</source>
            <translation>The account holder has your surname but another given name, and the account was registered for you by a family member or while you were a child. In 2023 many benefit accounts turned out to be a parent's account. A benefit account must be in your own name.</translation>
        </message>
        <message>
            <source>The account holder's name is not yours, nor any name the resident register has for you. A benefit account must be in your own name.</source>
            <translation>The account holder's name is not yours, nor any name the resident register has for you. A benefit account must be in your own name.</translation>
        </message>
        <message>
            <source>The benefit account is in another person's name, registered at a counter terminal</source>
            <translation>The benefit account is in another person's name, registered at a counter terminal</translation>
        </message>
        <message>
            <source>The account holder's name is not yours, and the account was registered on a terminal at a municipal counter. In 2023 some accounts were registered to the wrong person at a shared counter terminal that was not signed out. A benefit account must be in your own name.</source>
            <translation>The account holder's name is not yours, and the account was registered on a terminal at a municipal counter. In 2023 some accounts were registered to the wrong person at a shared counter terminal that was not signed out. A benefit account must be in your own name.</translation>
        </message>
        <message>
            <source>This looks like yours under your former surname</source>
            <translation>This looks like yours under your former surname</translation>
        </message>
        <message>
            <source>The name on this item is your name with your former surname (旧氏), as your resident record has it. It is probably yours, kept under your old name.</source>
            <translation>The name on this item is your name with your former surname (旧氏), as your resident record has it. It is probably yours, kept under your old name.</translation>
        </message>
        <message>
            <source>This looks like yours under your alias</source>
            <translation>This looks like yours under your alias</translation>
        </message>
        <message>
            <source>The name on this item is your alias (通称), as your resident record has it. It is probably yours, under the other name you use.</source>
            <translation>The name on this item is your alias (通称), as your resident record has it. It is probably yours, under the other name you use.</translation>
        </message>
        <message>
            <source>The account holder's name writes ヴ another way</source>
            <translation>The account holder's name writes ヴ another way</translation>
        </message>
        <message>
            <source>The names differ only in how the sound ヴ is written (for example ヴァン and バン). Banks often write it with バ, ビ, ブ, ベ or ボ, so this is probably yours.</source>
            <translation>The names differ only in how the sound ヴ is written (for example ヴァン and バン). Banks often write it with バ, ビ, ブ, ベ or ボ, so this is probably yours.</translation>
        </message>
        <message>
            <source>A part of the name is added or left out</source>
            <translation>A part of the name is added or left out</translation>
        </message>
        <message>
            <source>The names match except that one of them has a middle name or another part that the other leaves out (for example SMITH JOHN and SMITH JOHN MICHAEL). This is usually the same person, but check it.</source>
            <translation>The names match except that one of them has a middle name or another part that the other leaves out (for example SMITH JOHN and SMITH JOHN MICHAEL). This is usually the same person, but check it.</translation>
        </message>
        <message>
            <source>The name is written in another script</source>
            <translation>The name is written in another script</translation>
        </message>
        <message>
            <source>One name is in the alphabet and the other in katakana, and they sound alike (for example SMITH and スミス). The spelling between scripts is never certain, so check it.</source>
            <translation>One name is in the alphabet and the other in katakana, and they sound alike (for example SMITH and スミス). The spelling between scripts is never certain, so check it.</translation>
        </message>
        <message>
            <source>The benefit account is in another person's name</source>
            <translation>The benefit account is in another person's name</translation>
        </message>
        <message>
            <source>The account holder's name is close to yours but not the same</source>
            <translation>The account holder's name is close to yours but not the same</translation>
        </message>
        <message>
            <source>One name is the start of the other (for example ミキ and ミキオ). These are different names, so this may be another person's account.</source>
            <translation>One name is the start of the other (for example ミキ and ミキオ). These are different names, so this may be another person's account.</translation>
        </message>
        <message>
            <source>The account holder's name differs from yours by a voiced mark</source>
            <translation>The account holder's name differs from yours by a voiced mark</translation>
        </message>
        <message>
            <source>The names differ only in a voiced mark (for example タカダ and タカタ). That can be a typing error, or a different person.</source>
            <translation>The names differ only in a voiced mark (for example タカダ and タカタ). That can be a typing error, or a different person.</translation>
        </message>
        <message>
            <source>The account holder's name writes a long vowel differently</source>
            <translation>The account holder's name writes a long vowel differently</translation>
        </message>
        <message>
            <source>The names differ only in how a long vowel is written (for example サトウ and サトー). Banks often write it another way, but it can also be another person.</source>
            <translation>The names differ only in how a long vowel is written (for example サトウ and サトー). Banks often write it another way, but it can also be another person.</translation>
        </message>
        <message>
            <source>The account holder's name is your kanji name read the Japanese way</source>
            <translation>The account holder's name is your kanji name read the Japanese way</translation>
        </message>
        <message>
            <source>The account holder's name is your registered name with its kanji, or only its surname, read the Japanese way (for example 張 偉 written チョウ イ instead of チャン ウェイ, or 李 written リ instead of イ). Banks sometimes write a name that way, so this is probably yours, but check it.</source>
            <translation>The account holder's name is your registered name with its kanji, or only its surname, read the Japanese way (for example 張 偉 written チョウ イ instead of チャン ウェイ, or 李 written リ instead of イ). Banks sometimes write a name that way, so this is probably yours, but check it.</translation>
        </message>
        <message>
            <source>The account holder's name is shortened</source>
            <translation>The account holder's name is shortened</translation>
        </message>
        <message>
            <source>A part of the name is only an initial (for example SMITH JOHN M). This is usually the same person, but check it.</source>
            <translation>A part of the name is only an initial (for example SMITH JOHN M). This is usually the same person, but check it.</translation>
        </message>
        <message>
            <source>The account holder's name is cut off</source>
            <translation>The account holder's name is cut off</translation>
        </message>
        <message>
            <source>Banks store at most 40 characters, so long names are cut. The part that is stored matches your name.</source>
            <translation>Banks store at most 40 characters, so long names are cut. The part that is stored matches your name.</translation>
        </message>
        <message>
            <source>The benefit account belongs to a company or organisation</source>
            <translation>The benefit account belongs to a company or organisation</translation>
        </message>
        <message>
            <source>The holder is written as a company or another organisation (for example ｶ) for a kabushiki kaisha). A benefit account must be your own personal account.</source>
            <translation>The holder is written as a company or another organisation (for example ｶ) for a kabushiki kaisha). A benefit account must be your own personal account.</translation>
        </message>
        <message>
            <source>The same account is also linked to other people</source>
            <translation>The same account is also linked to other people</translation>
        </message>
        <message>
            <source>This account is registered as the benefit account of other people as well. Each person's benefit account must be their own, so at least one of these links is wrong.</source>
            <translation>This account is registered as the benefit account of other people as well. Each person's benefit account must be their own, so at least one of these links is wrong.</translation>
        </message>
        <message>
            <source>This record is in another person's name</source>
            <translation>This record is in another person's name</translation>
        </message>
        <message>
            <source>The name on this record is not yours. In 2023 some certificates carried a relative's number, or numbers were swapped when several applications were entered together.</source>
            <translation>The name on this record is not yours. In 2023 some certificates carried a relative's number, or numbers were swapped when several applications were entered together.</translation>
        </message>
        <message>
            <source>This record has your name but another date of birth</source>
            <translation>This record has your name but another date of birth</translation>
        </message>
        <message>
            <source>The name matches, but the date of birth does not. It is probably the record of another person with the same name, linked by name alone.</source>
            <translation>The name matches, but the date of birth does not. It is probably the record of another person with the same name, linked by name alone.</translation>
        </message>
        <message>
            <source>The reading of the name on this record is not yours</source>
            <translation>The reading of the name on this record is not yours</translation>
        </message>
        <message>
            <source>The name in kanji matches, but its reading in kana does not. This can be an error in the record, or another person whose name is written the same way.</source>
            <translation>The name in kanji matches, but its reading in kana does not. This can be an error in the record, or another person whose name is written the same way.</translation>
        </message>
        <message>
            <source>The name on this record is spelled another way</source>
            <translation>The name on this record is spelled another way</translation>
        </message>
        <message>
            <source>Date of birth and sex match, and the name is yours written another way: a part added or left out, an initial, or another script. This is usually the same person, but check it.</source>
            <translation>Date of birth and sex match, and the name is yours written another way: a part added or left out, an initial, or another script. This is usually the same person, but check it.</translation>
        </message>
        <message>
            <source>The name on this record is written with other kanji</source>
            <translation>The name on this record is written with other kanji</translation>
        </message>
        <message>
            <source>Reading, date of birth and sex all match; only the kanji differ. Many systems cannot show every kanji of a name and use a similar one. It is probably yours, but check it.</source>
            <translation>Reading, date of birth and sex all match; only the kanji differ. Many systems cannot show every kanji of a name and use a similar one. It is probably yours, but check it.</translation>
        </message>
        <message>
            <source>The sex on this record is not yours</source>
            <translation>The sex on this record is not yours</translation>
        </message>
        <message>
            <source>Name and date of birth match, but the sex recorded is different. This is usually an error in the record.</source>
            <translation>Name and date of birth match, but the sex recorded is different. This is usually an error in the record.</translation>
        </message>
        <message>
            <source>Issued by a municipality where you never lived</source>
            <translation>Issued by a municipality where you never lived</translation>
        </message>
        <message>
            <source>A municipality issues this kind of certificate only to its residents, and your address history does not include it. In 2023 insurers linked people with the same name and date of birth in other towns.</source>
            <translation>A municipality issues this kind of certificate only to its residents, and your address history does not include it. In 2023 insurers linked people with the same name and date of birth in other towns.</translation>
        </message>
        <message>
            <source>Issued by a municipality when you did not live there</source>
            <translation>Issued by a municipality when you did not live there</translation>
        </message>
        <message>
            <source>You lived in this municipality, but not during the period of this item. A municipality issues this kind of certificate only to its residents, so it probably belongs to another person with the same name.</source>
            <translation>You lived in this municipality, but not during the period of this item. A municipality issues this kind of certificate only to its residents, so it probably belongs to another person with the same name.</translation>
        </message>
        <message>
            <source>A municipality's insurance is still linked after you moved away</source>
            <translation>A municipality's insurance is still linked after you moved away</translation>
        </message>
        <message>
            <source>Your address history shows that you moved away from this municipality, and its national health insurance covers only its residents. This insurance should have ended when you moved.</source>
            <translation>Your address history shows that you moved away from this municipality, and its national health insurance covers only its residents. This insurance should have ended when you moved.</translation>
        </message>
        <message>
            <source>If you moved away, report it as no longer valid.</source>
            <translation>If you moved away, report it as no longer valid.</translation>
        </message>
        <message>
            <source>Two health insurances from different insurers for the same time</source>
            <translation>Two health insurances from different insurers for the same time</translation>
        </message>
        <message>
            <source>You are normally insured by one insurer at a time. One of these may belong to someone else, or an old one was not ended.</source>
            <translation>You are normally insured by one insurer at a time. One of these may belong to someone else, or an old one was not ended.</translation>
        </message>
        <message>
            <source>An expired certificate is still linked</source>
            <translation>An expired certificate is still linked</translation>
        </message>
        <message>
            <source>This certificate is no longer valid but is still linked to your number, for example insurance from a job you have left.</source>
            <translation>This certificate is no longer valid but is still linked to your number, for example insurance from a job you have left.</translation>
        </message>
        <message>
            <source>If you no longer have it, report it as no longer valid.</source>
            <translation>If you no longer have it, report it as no longer valid.</translation>
        </message>
        <message>
            <source>An agency you have no link with exchanged your information</source>
            <translation>An agency you have no link with exchanged your information</translation>
        </message>
        <message>
            <source>This agency exchanged information about you, although it holds nothing linked to your number and you never lived there. There may be a good reason, but you can ask.</source>
            <translation>This agency exchanged information about you, although it holds nothing linked to your number and you never lived there. There may be a good reason, but you can ask.</translation>
        </message>
        <message>
            <source>If you do not know why, ask the agency or the My Number help line.</source>
            <translation>If you do not know why, ask the agency or the My Number help line.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>How serious</source>
            <translation>How serious</translation>
        </message>
        <message>
            <source>What Selfcheck found</source>
            <translation>What Selfcheck found</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
    </context>
    <context>
        <name>FlagPage</name>
        <message>
            <source>What is wrong with this item?</source>
            <translation>What is wrong with this item?</translation>
        </message>
        <message>
            <source>The item</source>
            <translation>The item</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>There is a problem</translation>
        </message>
        <message>
            <source>%1 — holder: %2, registered by %3 on %4</source>
            <translation>%1 — holder: %2, registered by %3 on %4</translation>
        </message>
        <message>
            <source>&amp;Note (required: say what is wrong)</source>
            <translation>&amp;Note (required: say what is wrong)</translation>
        </message>
        <message>
            <source>Note (required)</source>
            <translation>Note (required)</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 of %2 characters</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <source>This is not mine</source>
            <translation>This is not mine</translation>
        </message>
        <message>
            <source>The details are wrong</source>
            <translation>The details are wrong</translation>
        </message>
        <message>
            <source>It is no longer valid</source>
            <translation>It is no longer valid</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Something else</translation>
        </message>
        <message>
            <source>&amp;Note (optional)</source>
            <translation>&amp;Note (optional)</translation>
        </message>
        <message>
            <source>Anything that helps the office correct it, for example whose account it is. Up to 1,000 characters.</source>
            <translation>Anything that helps the office correct it, for example whose account it is. Up to 1,000 characters.</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <source>Characters used</source>
            <translation>Characters used</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>Cancel, keep the item as it was</source>
            <translation>Cancel, keep the item as it was</translation>
        </message>
        <message>
            <source>Remove &amp;mark</source>
            <translation>Remove &amp;mark</translation>
        </message>
        <message>
            <source>Remove the mark from this item</source>
            <translation>Remove the mark from this item</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save this answer</source>
            <translation>Save this answer</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>My Number:</source>
            <translation>My Number:</translation>
        </message>
        <message>
            <source>Your My Number</source>
            <translation>Your My Number</translation>
        </message>
        <message>
            <source>Show n&amp;umber</source>
            <translation>Show n&amp;umber</translation>
        </message>
        <message>
            <source>Show the whole number</source>
            <translation>Show the whole number</translation>
        </message>
        <message>
            <source>Reload everything from the service</source>
            <translation>Reload everything from the service</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>&amp;Linked items</source>
            <translation>&amp;Linked items</translation>
        </message>
        <message>
            <source>Everything linked to your number, by kind. Select an item (or a finding above) and open its details, or mark it as wrong.</source>
            <translation>Everything linked to your number, by kind. Select an item (or a finding above) and open its details, or mark it as wrong.</translation>
        </message>
        <message>
            <source>Which agency asked for which information about you, which agency provided it, when and why.</source>
            <translation>Which agency asked for which information about you, which agency provided it, when and why.</translation>
        </message>
        <message>
            <source>Linked items</source>
            <translation>Linked items</translation>
        </message>
        <message>
            <source>Open the details of the selected item</source>
            <translation>Open the details of the selected item</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
        <message>
            <source>Print re&amp;ceipt</source>
            <translation>Print re&amp;ceipt</translation>
        </message>
        <message>
            <source>Print a receipt of the selected request</source>
            <translation>Print a receipt of the selected request</translation>
        </message>
        <message>
            <source>Your linked information</source>
            <translation>Your linked information</translation>
        </message>
        <message>
            <source>%1 — what is linked to your number</source>
            <translation>%1 — what is linked to your number</translation>
        </message>
        <message>
            <source>How banks write your name: %1</source>
            <translation>How banks write your name: %1</translation>
        </message>
        <message>
            <source>Banks store names in half-width katakana without small kana. Compare this with the name in your passbook.</source>
            <translation>Banks store names in half-width katakana without small kana. Compare this with the name in your passbook.</translation>
        </message>
        <message numerus="yes">
            <source>What Selfcheck found (%n)</source>
            <translation>
                <numerusform>What Selfcheck found (%n)</numerusform>
                <numerusform>What Selfcheck found (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>What Selfcheck found</source>
            <translation>What Selfcheck found</translation>
        </message>
        <message>
            <source>Change &amp;mark on “%1”…</source>
            <translation>Change &amp;mark on “%1”…</translation>
        </message>
        <message>
            <source>Change what you said about %1</source>
            <translation>Change what you said about %1</translation>
        </message>
        <message>
            <source>&amp;Mark “%1” as wrong…</source>
            <translation>&amp;Mark “%1” as wrong…</translation>
        </message>
        <message>
            <source>Mark %1 as wrong</source>
            <translation>Mark %1 as wrong</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) marked as wrong</source>
            <translation>
                <numerusform>%n item marked as wrong</numerusform>
                <numerusform>%n items marked as wrong</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing marked yet</source>
            <translation>Nothing marked yet</translation>
        </message>
        <message>
            <source>What you reported in %1:</source>
            <translation>What you reported in %1:</translation>
        </message>
        <message>
            <source>an item no longer linked to your number</source>
            <translation>an item no longer linked to your number</translation>
        </message>
        <message>
            <source>Status history:</source>
            <translation>Status history:</translation>
        </message>
        <message>
            <source>&amp;Mark as wrong…</source>
            <translation>&amp;Mark as wrong…</translation>
        </message>
        <message>
            <source>You have not sent any correction request yet.</source>
            <translation>You have not sent any correction request yet.</translation>
        </message>
        <message>
            <source>Made at a municipal counter with staff member %1.</source>
            <translation>Made at a municipal counter with staff member %1.</translation>
        </message>
        <message>
            <source>Approved by staff member %1.</source>
            <translation>Approved by staff member %1.</translation>
        </message>
        <message>
            <source>Why it was not corrected: %1</source>
            <translation>Why it was not corrected: %1</translation>
        </message>
        <message>
            <source>The office did not say why it was not corrected.</source>
            <translation>The office did not say why it was not corrected.</translation>
        </message>
        <message>
            <source>What you can do next: if you still think the link is wrong, contact %1 with your reference number %2, or send a new request with a supporting document (for example a passbook page or an insurance card) that shows it is not yours.</source>
            <translation>What you can do next: if you still think the link is wrong, contact %1 with your reference number %2, or send a new request with a supporting document (for example a passbook page or an insurance card) that shows it is not yours.</translation>
        </message>
        <message>
            <source>the office that holds the item</source>
            <translation>the office that holds the item</translation>
        </message>
        <message>
            <source>&amp;Notifications (%1)</source>
            <translation>&amp;Notifications (%1)</translation>
        </message>
        <message>
            <source>Loading… %1 of %2</source>
            <translation>Loading… %1 of %2</translation>
        </message>
        <message>
            <source>Export the access log</source>
            <translation>Export the access log</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>Showing %1 of %2</translation>
        </message>
        <message>
            <source>Mark the selected item as wrong</source>
            <translation>Mark the selected item as wrong</translation>
        </message>
        <message>
            <source>Items marked as wrong</source>
            <translation>Items marked as wrong</translation>
        </message>
        <message>
            <source>R&amp;eload</source>
            <translation>R&amp;eload</translation>
        </message>
        <message>
            <source>How banks write your name</source>
            <translation>How banks write your name</translation>
        </message>
        <message>
            <source>Selfcheck found nothing that looks wrong. You can still check each item yourself.</source>
            <translation>Selfcheck found nothing that looks wrong. You can still check each item yourself.</translation>
        </message>
        <message>
            <source>&amp;Why?…</source>
            <translation>&amp;Why?…</translation>
        </message>
        <message>
            <source>Why? Show the evidence for the selected finding</source>
            <translation>Why? Show the evidence for the selected finding</translation>
        </message>
        <message>
            <source>De&amp;tails…</source>
            <translation>De&amp;tails…</translation>
        </message>
        <message>
            <source>Re&amp;view and send…</source>
            <translation>Re&amp;view and send…</translation>
        </message>
        <message>
            <source>Check your answers and send</source>
            <translation>Check your answers and send</translation>
        </message>
        <message>
            <source>My &amp;requests</source>
            <translation>My &amp;requests</translation>
        </message>
        <message>
            <source>Correction requests you have sent, and where each one is.</source>
            <translation>Correction requests you have sent, and where each one is.</translation>
        </message>
        <message>
            <source>Your correction requests</source>
            <translation>Your correction requests</translation>
        </message>
        <message>
            <source>Save re&amp;ceipt (PDF)…</source>
            <translation>Save re&amp;ceipt (PDF)…</translation>
        </message>
        <message>
            <source>Save a receipt of the selected request as PDF</source>
            <translation>Save a receipt of the selected request as PDF</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Status history</translation>
        </message>
        <message>
            <source>&amp;Access log</source>
            <translation>&amp;Access log</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Search the access log</source>
            <translation>Search the access log</translation>
        </message>
        <message>
            <source>Entries shown</source>
            <translation>Entries shown</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>Fro&amp;m</translation>
        </message>
        <message>
            <source>Show entries from this day</source>
            <translation>Show entries from this day</translation>
        </message>
        <message>
            <source>Un&amp;til</source>
            <translation>Un&amp;til</translation>
        </message>
        <message>
            <source>Show entries until this day</source>
            <translation>Show entries until this day</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Export the entries shown as a CSV file</source>
            <translation>Export the entries shown as a CSV file</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Access log</translation>
        </message>
        <message>
            <source>M&amp;y record</source>
            <translation>M&amp;y record</translation>
        </message>
        <message>
            <source>&amp;Notifications</source>
            <translation>&amp;Notifications</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
    </context>
    <context>
        <name>HomeSessionWatch</name>
        <message numerus="yes">
            <source>⚠ Nothing has happened for a while: to protect your information you will be signed out in %n second(s). Press a key or move the mouse to stay signed in.</source>
            <translation>
                <numerusform>⚠ Nothing has happened for a while: to protect your information you will be signed out in %n second. Press a key or move the mouse to stay signed in.</numerusform>
                <numerusform>⚠ Nothing has happened for a while: to protect your information you will be signed out in %n seconds. Press a key or move the mouse to stay signed in.</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ For your safety a session lasts at most 8 hours: you will be signed out at %1. Send what you have prepared before then.</source>
            <translation>⚠ For your safety a session lasts at most 8 hours: you will be signed out at %1. Send what you have prepared before then.</translation>
        </message>
        <message numerus="yes">
            <source>You were signed out because nothing happened for %n minute(s), so that no one else can see your information on a computer left alone. Sign in again to go on.</source>
            <translation>
                <numerusform>You were signed out because nothing happened for %n minute, so that no one else can see your information on a computer left alone. Sign in again to go on.</numerusform>
                <numerusform>You were signed out because nothing happened for %n minutes, so that no one else can see your information on a computer left alone. Sign in again to go on.</numerusform>
            </translation>
        </message>
        <message>
            <source>You were signed out because a session lasts at most 8 hours. Sign in again to go on.</source>
            <translation>You were signed out because a session lasts at most 8 hours. Sign in again to go on.</translation>
        </message>
    </context>
    <context>
        <name>IdentityPage</name>
        <message>
            <source>Is this you?</source>
            <translation>Is this you?</translation>
        </message>
        <message>
            <source>Is this you? %1, born %2.</source>
            <translation>Is this you? %1, born %2.</translation>
        </message>
        <message>
            <source>Opening your information…</source>
            <translation>Opening your information…</translation>
        </message>
        <message>
            <source>Check your name and birth date. Only if they are yours, press “Yes, this is me”. Nothing can be changed or sent before that.</source>
            <translation>Check your name and birth date. Only if they are yours, press “Yes, this is me”. Nothing can be changed or sent before that.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Reading of the name</source>
            <translation>Reading of the name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>My Number</source>
            <translation>My Number</translation>
        </message>
        <message>
            <source>My Number, last 4 digits</source>
            <translation>My Number, last 4 digits</translation>
        </message>
        <message>
            <source>&amp;Yes, this is me</source>
            <translation>&amp;Yes, this is me</translation>
        </message>
        <message>
            <source>Yes, this is me</source>
            <translation>Yes, this is me</translation>
        </message>
        <message>
            <source>&amp;No, this is not me</source>
            <translation>&amp;No, this is not me</translation>
        </message>
        <message>
            <source>No, this is not me</source>
            <translation>No, this is not me</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>LinksModel</name>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>Registered by</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Registered on</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Your mark</source>
            <translation>Your mark</translation>
        </message>
        <message>
            <source>Selfcheck found</source>
            <translation>Selfcheck found</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n item(s))</source>
            <translation>
                <numerusform>%1 (%n item)</numerusform>
                <numerusform>%1 (%n items)</numerusform>
            </translation>
        </message>
        <message>
            <source>Marked as wrong</source>
            <translation>Marked as wrong</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO — sample residents with made-up data. Nothing is sent to any government office.</source>
            <translation>DEMO — sample residents with made-up data. Nothing is sent to any government office.</translation>
        </message>
        <message>
            <source>Demo mode</source>
            <translation>Demo mode</translation>
        </message>
        <message>
            <source>Selfcheck — My Number link check</source>
            <translation>Selfcheck — My Number link check</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>&amp;End session</source>
            <translation>&amp;End session</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Demo</source>
            <translation>&amp;Demo</translation>
        </message>
        <message>
            <source>&amp;Reset demo data…</source>
            <translation>&amp;Reset demo data…</translation>
        </message>
        <message>
            <source>D&amp;isplay</source>
            <translation>D&amp;isplay</translation>
        </message>
        <message>
            <source>&amp;Large text (200%)</source>
            <translation>&amp;Large text (200%)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;High contrast</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>Lan&amp;guage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Selfcheck</source>
            <translation>&amp;About Selfcheck</translation>
        </message>
        <message>
            <source>Starting the demo service…</source>
            <translation>Starting the demo service…</translation>
        </message>
        <message>
            <source>The demo service is ready.</source>
            <translation>The demo service is ready.</translation>
        </message>
        <message>
            <source>The demo service could not start. Restart Selfcheck; if it keeps happening, delete the demo data from the Demo menu.</source>
            <translation>The demo service could not start. Restart Selfcheck; if it keeps happening, delete the demo data from the Demo menu.</translation>
        </message>
        <message>
            <source>%1 — Selfcheck</source>
            <translation>%1 — Selfcheck</translation>
        </message>
        <message>
            <source>My Number link check</source>
            <translation>My Number link check</translation>
        </message>
        <message>
            <source>Reset demo data</source>
            <translation>Reset demo data</translation>
        </message>
        <message>
            <source>Put every demo resident back as at the start? Requests sent in the demo and locked cards are reset. You will be signed out.</source>
            <translation>Put every demo resident back as at the start? Requests sent in the demo and locked cards are reset. You will be signed out.</translation>
        </message>
        <message>
            <source>Demo data has been reset.</source>
            <translation>Demo data has been reset.</translation>
        </message>
        <message>
            <source>About Selfcheck</source>
            <translation>About Selfcheck</translation>
        </message>
        <message>
            <source>Selfcheck %1: see what is linked to your My Number, find what is wrong and ask for a correction.</source>
            <translation>Selfcheck %1: see what is linked to your My Number, find what is wrong and ask for a correction.</translation>
        </message>
    </context>
    <context>
        <name>NamedScroll</name>
        <message>
            <source>The content of this tab: the arrow keys scroll it</source>
            <translation>The content of this tab: the arrow keys scroll it</translation>
        </message>
    </context>
    <context>
        <name>NotificationsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>PageScroll</name>
        <message>
            <source>The whole page: the arrow keys scroll it</source>
            <translation>The whole page: the arrow keys scroll it</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <source>Receipt: correction request</source>
            <translation>Receipt: correction request</translation>
        </message>
        <message>
            <source>DEMO: made-up data; this request was not sent to any office.</source>
            <translation>DEMO: made-up data; this request was not sent to any office.</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Reference number</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>What you reported</source>
            <translation>What you reported</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Your note</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <translation>Supporting documents</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>What happens next</translation>
        </message>
        <message>
            <source>The offices that hold these items check them against their records and answer by %1. You can follow the request in Selfcheck under “My requests”.</source>
            <translation>The offices that hold these items check them against their records and answer by %1. You can follow the request in Selfcheck under “My requests”.</translation>
        </message>
        <message>
            <source>Status so far</source>
            <translation>Status so far</translation>
        </message>
        <message>
            <source>Made at a municipal counter with staff member</source>
            <translation>Made at a municipal counter with staff member</translation>
        </message>
        <message>
            <source>Approved by staff member</source>
            <translation>Approved by staff member</translation>
        </message>
        <message>
            <source>Who to contact</source>
            <translation>Who to contact</translation>
        </message>
        <message>
            <source>My Number general help line 0120-95-0178 (free, weekdays 9:30–20:00). Give your reference number.</source>
            <translation>My Number general help line 0120-95-0178 (free, weekdays 9:30–20:00). Give your reference number.</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>What the resident register holds about you. Selfcheck compares every linked item with this. If something here is wrong, ask your municipal office.</source>
            <translation>What the resident register holds about you. Selfcheck compares every linked item with this. If something here is wrong, ask your municipal office.</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Addresses</translation>
        </message>
        <message>
            <source>Address history</source>
            <translation>Address history</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Name in the alphabet</source>
            <translation>Name in the alphabet</translation>
        </message>
        <message>
            <source>Former surnames</source>
            <translation>Former surnames</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>Aliases</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
    </context>
    <context>
        <name>RequestsModel</name>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>What you reported</source>
            <translation>What you reported</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reply expected by</source>
            <translation>Reply expected by</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <source>Hide n&amp;umber</source>
            <translation>Hide n&amp;umber</translation>
        </message>
        <message>
            <source>Show n&amp;umber</source>
            <translation>Show n&amp;umber</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>%n row exported to %1.</numerusform>
                <numerusform>%n rows exported to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The access log could not be saved there. Choose another folder and try again.</source>
            <translation>The access log could not be saved there. Choose another folder and try again.</translation>
        </message>
        <message>
            <source>Attach a supporting document</source>
            <translation>Attach a supporting document</translation>
        </message>
        <message>
            <source>Photos and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
            <translation>Photos and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>Save receipt</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The receipt is printing on %1.</source>
            <translation>The receipt is printing on %1.</translation>
        </message>
        <message>
            <source>Receipt saved: %1</source>
            <translation>Receipt saved: %1</translation>
        </message>
        <message>
            <source>No printer is set up at this counter, so the receipt was not printed. Ask the staff member to set up a printer, or write down the reference number for the resident.</source>
            <translation>No printer is set up at this counter, so the receipt was not printed. Ask the staff member to set up a printer, or write down the reference number for the resident.</translation>
        </message>
        <message>
            <source>The receipt could not be made: this computer has no Japanese font. Ask your administrator to install one (for example Noto Sans CJK), then try again.</source>
            <translation>The receipt could not be made: this computer has no Japanese font. Ask your administrator to install one (for example Noto Sans CJK), then try again.</translation>
        </message>
        <message>
            <source>The receipt could not be saved there. Choose another folder and try again.</source>
            <translation>The receipt could not be saved there. Choose another folder and try again.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <source>Loading your linked information…</source>
            <translation>Loading your linked information…</translation>
        </message>
        <message>
            <source>You have signed out.</source>
            <translation>You have signed out.</translation>
        </message>
        <message>
            <source>Your session has ended</source>
            <translation>Your session has ended</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) linked to your number.</source>
            <translation>
                <numerusform>%n item linked to your number.</numerusform>
                <numerusform>%n items linked to your number.</numerusform>
            </translation>
        </message>
        <message>
            <source>Press Reload to try again.</source>
            <translation>Press Reload to try again.</translation>
        </message>
        <message numerus="yes">
            <source>Selfcheck found %n thing(s) to look at.</source>
            <translation>
                <numerusform>Selfcheck found %n thing to look at.</numerusform>
                <numerusform>Selfcheck found %n things to look at.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them look wrong.</source>
            <translation>
                <numerusform>%n of them look wrong.</numerusform>
                <numerusform>%n of them look wrong.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your correction request %1 is now: %2.</source>
            <translation>Your correction request %1 is now: %2.</translation>
        </message>
        <message>
            <source>Your saved request has been sent. Reference number: %1.</source>
            <translation>Your saved request has been sent. Reference number: %1.</translation>
        </message>
        <message>
            <source>Approved by staff %1. The request goes on to the offices that hold the items.</source>
            <translation>Approved by staff %1. The request goes on to the offices that hold the items.</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Check what is linked to your My Number</source>
            <translation>Check what is linked to your My Number</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>There is a problem</translation>
        </message>
        <message>
            <source>Could not sign in</source>
            <translation>Could not sign in</translation>
        </message>
        <message>
            <source>Put your My Number Card in the card reader and type its 4-digit PIN, which goes to the card only. You will see every bank account, insurance certificate, disability certificate and pension record linked to your number, and you can report anything that is wrong.</source>
            <translation>Put your My Number Card in the card reader and type its 4-digit PIN, which goes to the card only. You will see every bank account, insurance certificate, disability certificate and pension record linked to your number, and you can report anything that is wrong.</translation>
        </message>
        <message>
            <source>&amp;Back to the counter</source>
            <translation>&amp;Back to the counter</translation>
        </message>
        <message>
            <source>Back to the counter</source>
            <translation>Back to the counter</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>StaffSignInPage</name>
        <message>
            <source>Counter staff sign-in</source>
            <translation>Counter staff sign-in</translation>
        </message>
        <message>
            <source>Enter your staff ID.</source>
            <translation>Enter your staff ID.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <source>Sign in with your staff ID and password. You then help residents one after another: each resident types their own number and PIN, and everything of a resident is wiped from this computer when their session ends.</source>
            <translation>Sign in with your staff ID and password. You then help residents one after another: each resident types their own number and PIN, and everything of a resident is wiped from this computer when their session ends.</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>There is a problem</translation>
        </message>
        <message>
            <source>S&amp;taff ID</source>
            <translation>S&amp;taff ID</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Staff ID</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Pass&amp;word</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Demo staff: S-ADACHI-01 with password counter-demo-1, and S-ADACHI-02 with counter-demo-2 (for second approvals).</source>
            <translation>Demo staff: S-ADACHI-01 with password counter-demo-1, and S-ADACHI-02 with counter-demo-2 (for second approvals).</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The disk is full, so Selfcheck cannot save anything: a request that cannot be sent at once is kept only while Selfcheck is open. Free some space (empty the trash, delete large files you no longer need), then restart Selfcheck.</source>
            <translation>The disk is full, so Selfcheck cannot save anything: a request that cannot be sent at once is kept only while Selfcheck is open. Free some space (empty the trash, delete large files you no longer need), then restart Selfcheck.</translation>
        </message>
        <message>
            <source>Selfcheck cannot save anything in its data folder (%1), so it keeps everything in memory until you close it: a request that cannot be sent at once is lost when you close. Ask your administrator to make the folder writable, or start Selfcheck with SELFCHECK_HOME set to a folder you can write to.</source>
            <translation>Selfcheck cannot save anything in its data folder (%1), so it keeps everything in memory until you close it: a request that cannot be sent at once is lost when you close. Ask your administrator to make the folder writable, or start Selfcheck with SELFCHECK_HOME set to a folder you can write to.</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>Benefit bank account</source>
            <translation>Benefit bank account</translation>
        </message>
        <message>
            <source>Health insurance</source>
            <translation>Health insurance</translation>
        </message>
        <message>
            <source>Disability certificates</source>
            <translation>Disability certificates</translation>
        </message>
        <message>
            <source>Pension records</source>
            <translation>Pension records</translation>
        </message>
        <message>
            <source>Self-service (online)</source>
            <translation>Self-service (online)</translation>
        </message>
        <message>
            <source>Municipal counter</source>
            <translation>Municipal counter</translation>
        </message>
        <message>
            <source>Insurer</source>
            <translation>Insurer</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Pension office</source>
            <translation>Pension office</translation>
        </message>
        <message>
            <source>This is not mine</source>
            <translation>This is not mine</translation>
        </message>
        <message>
            <source>The details are wrong</source>
            <translation>The details are wrong</translation>
        </message>
        <message>
            <source>It is no longer valid</source>
            <translation>It is no longer valid</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Something else</translation>
        </message>
        <message>
            <source>For example, a family member's account or another person's record.</source>
            <translation>For example, a family member's account or another person's record.</translation>
        </message>
        <message>
            <source>It is yours, but a name, date or number is wrong.</source>
            <translation>It is yours, but a name, date or number is wrong.</translation>
        </message>
        <message>
            <source>For example, insurance from a job you have left.</source>
            <translation>For example, insurance from a job you have left.</translation>
        </message>
        <message>
            <source>Tell us in the note what is wrong.</source>
            <translation>Tell us in the note what is wrong.</translation>
        </message>
        <message>
            <source>Waiting for a second staff member's approval</source>
            <translation>Waiting for a second staff member's approval</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>Under review</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Who approves it: a second staff member of the municipality's counter, not %1 who helped you. Until then it is kept at the service and not yet sent to the offices that hold the items. If your session ends first, nothing is lost: the counter can still approve it, and you can follow it under “My requests”. Once approved, the answer is due by %2. If it still says waiting after a few days, ask at the counter with your reference number %3.</source>
            <translation>Who approves it: a second staff member of the municipality's counter, not %1 who helped you. Until then it is kept at the service and not yet sent to the offices that hold the items. If your session ends first, nothing is lost: the counter can still approve it, and you can follow it under “My requests”. Once approved, the answer is due by %2. If it still says waiting after a few days, ask at the counter with your reference number %3.</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>Asked for</translation>
        </message>
        <message>
            <source>Provided</source>
            <translation>Provided</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <source>Account type</source>
            <translation>Account type</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Account number</translation>
        </message>
        <message>
            <source>Insurer number</source>
            <translation>Insurer number</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Member number</source>
            <translation>Member number</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Basic pension number</source>
            <translation>Basic pension number</translation>
        </message>
        <message>
            <source>Record number</source>
            <translation>Record number</translation>
        </message>
        <message>
            <source>Enter your My Number.</source>
            <translation>Enter your My Number.</translation>
        </message>
        <message>
            <source>Your My Number must contain only digits. Spaces and hyphens are fine.</source>
            <translation>Your My Number must contain only digits. Spaces and hyphens are fine.</translation>
        </message>
        <message>
            <source>Your My Number has 12 digits. Check that none is missing or extra.</source>
            <translation>Your My Number has 12 digits. Check that none is missing or extra.</translation>
        </message>
        <message>
            <source>This My Number is not valid: one of the digits is probably mistyped. Check it against your card.</source>
            <translation>This My Number is not valid: one of the digits is probably mistyped. Check it against your card.</translation>
        </message>
        <message>
            <source>Enter your 4-digit PIN.</source>
            <translation>Enter your 4-digit PIN.</translation>
        </message>
        <message>
            <source>The PIN has exactly 4 digits (the user certificate PIN of your card).</source>
            <translation>The PIN has exactly 4 digits (the user certificate PIN of your card).</translation>
        </message>
        <message>
            <source>Choose what is wrong with this item.</source>
            <translation>Choose what is wrong with this item.</translation>
        </message>
        <message>
            <source>The note is too long: shorten it to 1,000 characters or fewer.</source>
            <translation>The note is too long: shorten it to 1,000 characters or fewer.</translation>
        </message>
        <message>
            <source>Something went wrong inside Selfcheck. Try again; if it keeps happening, restart the app. Nothing you typed was sent.</source>
            <translation>Something went wrong inside Selfcheck. Try again; if it keeps happening, restart the app. Nothing you typed was sent.</translation>
        </message>
        <message>
            <source>Your card is locked after 3 wrong PINs. It cannot be unlocked in this app: take the card and a photo ID (driving licence, passport or residence card) to the residents' counter of your city, ward, town or village office. The staff unlock it there and you choose a new PIN.</source>
            <translation>Your card is locked after 3 wrong PINs. It cannot be unlocked in this app: take the card and a photo ID (driving licence, passport or residence card) to the residents' counter of your city, ward, town or village office. The staff unlock it there and you choose a new PIN.</translation>
        </message>
        <message>
            <source>This is not a file (it may be a folder or a device). Choose the photo or PDF itself.</source>
            <translation>This is not a file (it may be a folder or a device). Choose the photo or PDF itself.</translation>
        </message>
        <message>
            <source>The file is damaged or not really a PNG, JPEG or PDF: it cannot be opened. Take the photo again or save the page as PDF again.</source>
            <translation>The file is damaged or not really a PNG, JPEG or PDF: it cannot be opened. Take the photo again or save the page as PDF again.</translation>
        </message>
        <message>
            <source>The picture is too large (more than 40 megapixels). Take it again at a lower resolution.</source>
            <translation>The picture is too large (more than 40 megapixels). Take it again at a lower resolution.</translation>
        </message>
        <message>
            <source>Your session has ended. Sign in again; what you have marked is kept.</source>
            <translation>Your session has ended. Sign in again; what you have marked is kept.</translation>
        </message>
        <message>
            <source>Cannot reach the government service. Check your internet connection and try again.</source>
            <translation>Cannot reach the government service. Check your internet connection and try again.</translation>
        </message>
        <message>
            <source>The government service is not answering. Try again in a few minutes.</source>
            <translation>The government service is not answering. Try again in a few minutes.</translation>
        </message>
        <message>
            <source>The government service sent an answer Selfcheck cannot read. Try again later; if it keeps happening, contact the help desk.</source>
            <translation>The government service sent an answer Selfcheck cannot read. Try again later; if it keeps happening, contact the help desk.</translation>
        </message>
        <message>
            <source>Too many sign-in attempts in a short time. Wait a minute, then try again.</source>
            <translation>Too many sign-in attempts in a short time. Wait a minute, then try again.</translation>
        </message>
        <message>
            <source>The government service has a problem right now. Try again in a few minutes.</source>
            <translation>The government service has a problem right now. Try again in a few minutes.</translation>
        </message>
        <message>
            <source>That item is no longer linked to your number. Reload the list.</source>
            <translation>That item is no longer linked to your number. Reload the list.</translation>
        </message>
        <message>
            <source>The staff ID or the password is wrong. Check both and try again.</source>
            <translation>The staff ID or the password is wrong. Check both and try again.</translation>
        </message>
        <message>
            <source>This staff account is locked after too many wrong passwords. Ask your administrator to unlock it.</source>
            <translation>This staff account is locked after too many wrong passwords. Ask your administrator to unlock it.</translation>
        </message>
        <message>
            <source>A different staff member must approve: the one who helped the resident cannot approve their own request.</source>
            <translation>A different staff member must approve: the one who helped the resident cannot approve their own request.</translation>
        </message>
        <message>
            <source>Nothing can be sent before the resident has confirmed that this is them.</source>
            <translation>Nothing can be sent before the resident has confirmed that this is them.</translation>
        </message>
        <message>
            <source>This is not allowed for this session. End the session and start again.</source>
            <translation>This is not allowed for this session. End the session and start again.</translation>
        </message>
        <message>
            <source>This request was already sent with different answers. Check your requests before sending again.</source>
            <translation>This request was already sent with different answers. Check your requests before sending again.</translation>
        </message>
        <message>
            <source>The government service did not accept this. Check your answers and try again.</source>
            <translation>The government service did not accept this. Check your answers and try again.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <source>Not sent: the service refused it. Check the items and send a new request.</source>
            <translation>Not sent: the service refused it. Check the items and send a new request.</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>Waiting to send: the service could not be reached. It is sent by itself when the service answers.</source>
            <translation>Waiting to send: the service could not be reached. It is sent by itself when the service answers.</translation>
        </message>
        <message>
            <source>The file is larger than 5 MB. Take a smaller photo, or save the page as a smaller PDF.</source>
            <translation>The file is larger than 5 MB. Take a smaller photo, or save the page as a smaller PDF.</translation>
        </message>
        <message>
            <source>The file is not a PNG, JPEG or PDF (whatever its name says). Take a photo or save it as PDF.</source>
            <translation>The file is not a PNG, JPEG or PDF (whatever its name says). Take a photo or save it as PDF.</translation>
        </message>
        <message>
            <source>The file cannot be read. Check that it still exists and is not open in another program.</source>
            <translation>The file cannot be read. Check that it still exists and is not open in another program.</translation>
        </message>
        <message>
            <source>The file is empty. Choose the photo or PDF again.</source>
            <translation>The file is empty. Choose the photo or PDF again.</translation>
        </message>
        <message>
            <source>You can attach up to 3 documents. Remove one first.</source>
            <translation>You can attach up to 3 documents. Remove one first.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock a locked card</source>
            <translation>Unlock a locked card</translation>
        </message>
        <message>
            <source>Put the resident's locked card in the counter's card reader first.</source>
            <translation>Put the resident's locked card in the counter's card reader first.</translation>
        </message>
        <message>
            <source>Check the resident's photo ID first, then tick this box.</source>
            <translation>Check the resident's photo ID first, then tick this box.</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same new PIN twice.</source>
            <translation>The two PINs are different. Type the same new PIN twice.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Unlocking…</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>There is a problem</translation>
        </message>
        <message>
            <source>1. Staff: check the resident's photo ID and put their locked card in the counter's reader.</source>
            <translation>1. Staff: check the resident's photo ID and put their locked card in the counter's reader.</translation>
        </message>
        <message>
            <source>I have &amp;checked the resident's identity with a photo ID</source>
            <translation>I have &amp;checked the resident's identity with a photo ID</translation>
        </message>
        <message>
            <source>I have checked the resident's identity with a photo ID</source>
            <translation>I have checked the resident's identity with a photo ID</translation>
        </message>
        <message>
            <source>2. Resident: choose a new 4-digit PIN and type it twice. Staff, please look away.</source>
            <translation>2. Resident: choose a new 4-digit PIN and type it twice. Staff, please look away.</translation>
        </message>
        <message>
            <source>New &amp;PIN (4 digits)</source>
            <translation>New &amp;PIN (4 digits)</translation>
        </message>
        <message>
            <source>New PIN (4 digits)</source>
            <translation>New PIN (4 digits)</translation>
        </message>
        <message>
            <source>&amp;Repeat the new PIN</source>
            <translation>&amp;Repeat the new PIN</translation>
        </message>
        <message>
            <source>Repeat the new PIN</source>
            <translation>Repeat the new PIN</translation>
        </message>
        <message>
            <source>Un&amp;lock the card</source>
            <translation>Un&amp;lock the card</translation>
        </message>
        <message>
            <source>Unlock the card</source>
            <translation>Unlock the card</translation>
        </message>
        <message>
            <source>&amp;Back to the counter</source>
            <translation>&amp;Back to the counter</translation>
        </message>
        <message>
            <source>Back to the counter</source>
            <translation>Back to the counter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>WhyDialog</name>
        <message>
            <source>Item: %1</source>
            <translation>Item: %1</translation>
        </message>
        <message>
            <source>Why Selfcheck found this</source>
            <translation>Why Selfcheck found this</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>The item</source>
            <translation>The item</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Why it matters</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Side by side</translation>
        </message>
        <message>
            <source>Evidence, side by side</source>
            <translation>Evidence, side by side</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Re&amp;port this…</source>
            <translation>Re&amp;port this…</translation>
        </message>
        <message>
            <source>Report this item as wrong</source>
            <translation>Report this item as wrong</translation>
        </message>
    </context>
</TS>
