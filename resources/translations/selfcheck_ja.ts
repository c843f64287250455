<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>AccessLogModel</name>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>照会した機関</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Provided by</source>
            <translation>提供した機関</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>You, at %1</source>
            <translation>ご本人（%1）</translation>
        </message>
    </context>
    <context>
        <name>AddressModel</name>
        <message>
            <source>From</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>市区町村</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>現在</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Selfcheck</source>
            <translation>セルフチェック</translation>
        </message>
        <message>
            <source>Something went wrong inside Selfcheck. What you were doing has not been sent. Try again; if it keeps happening, restart the app and tell the help desk the time it happened.</source>
            <translation>セルフチェックの内部で問題が起きました。操作中の内容は送信されていません。もう一度お試しください。繰り返し起きる場合はアプリを再起動し、発生した時刻をヘルプデスクにお伝えください。</translation>
        </message>
        <message>
            <source>selfcheck: there is no screen here to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Selfcheck from your desktop, or try the demo without a screen: %1</source>
            <translation>selfcheck: ウィンドウを開く画面がありません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。デスクトップから起動するか、画面なしでデモを試すには次のようにします：%1</translation>
        </message>
    </context>
    <context>
        <name>ApprovePage</name>
        <message>
            <source>Second staff approval</source>
            <translation>別の職員による承認</translation>
        </message>
        <message numerus="yes">
            <source>Reference %1: %n item(s) reported by the resident, taken at the counter by staff %2.</source>
            <translation>
                <numerusform>受付番号 %1：住民が申し出た %n 件。窓口で職員 %2 が受け付けました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter the approving staff member's ID.</source>
            <translation>承認する職員の職員 ID を入力してください。</translation>
        </message>
        <message>
            <source>Enter the approving staff member's password.</source>
            <translation>承認する職員のパスワードを入力してください。</translation>
        </message>
        <message>
            <source>Approving…</source>
            <translation>承認しています…</translation>
        </message>
        <message>
            <source>This municipality asks a second staff member to check each request made at the counter. The request waits at the service and goes on to the office that corrects it only once approved.</source>
            <translation>この自治体では、窓口で受け付けた申出を別の職員が確認します。申出は承認されるまでサービス側で保留され、承認されてから訂正を行う機関に送られます。</translation>
        </message>
        <message>
            <source>The request to approve</source>
            <translation>承認する申出</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>入力内容に問題があります</translation>
        </message>
        <message>
            <source>Approving staff &amp;member's ID</source>
            <translation>承認する職員の職員 ID(&amp;M)</translation>
        </message>
        <message>
            <source>Approving staff member's ID</source>
            <translation>承認する職員の職員 ID</translation>
        </message>
        <message>
            <source>Their pass&amp;word</source>
            <translation>その職員のパスワード(&amp;W)</translation>
        </message>
        <message>
            <source>Approving staff member's password</source>
            <translation>承認する職員のパスワード</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>承認する(&amp;A)</translation>
        </message>
        <message>
            <source>Approve the request</source>
            <translation>申出を承認する</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>戻る(&amp;B)</translation>
        </message>
        <message>
            <source>Back to the confirmation</source>
            <translation>受付完了の画面に戻る</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message numerus="yes">
            <source>The PIN is wrong. %n attempt(s) left before the card locks itself.</source>
            <translation>
                <numerusform>暗証番号が違います。あと%n回間違えるとカードがロックされます。</numerusform>
            </translation>
        </message>
        <message>
            <source>The card was taken out. Put it back in the reader and try again.</source>
            <translation>カードが抜かれました。もう一度カードリーダーに挿して、やり直してください。</translation>
        </message>
        <message>
            <source>This card is not a My Number Card.</source>
            <translation>このカードはマイナンバーカードではありません。</translation>
        </message>
        <message>
            <source>The card reader could not talk to the card. Take the card out, put it back and try again.</source>
            <translation>カードリーダーがカードと通信できませんでした。カードを抜いて挿し直し、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Your card's certificate has expired. Renew it at your municipal office.</source>
            <translation>カードの電子証明書の有効期限が切れています。市区町村の窓口で更新してください。</translation>
        </message>
        <message>
            <source>Your card's certificate has been revoked. Ask your municipal office.</source>
            <translation>カードの電子証明書は失効しています。市区町村の窓口にお問い合わせください。</translation>
        </message>
        <message>
            <source>The service does not accept this card's certificate.</source>
            <translation>このカードの電子証明書はサービスで受け付けられません。</translation>
        </message>
        <message>
            <source>The service refused the sign-in. Try again.</source>
            <translation>サービスがサインインを受け付けませんでした。もう一度お試しください。</translation>
        </message>
    </context>
    <context>
        <name>CardPanel</name>
        <message>
            <source>Sign in with your My Number Card</source>
            <translation>マイナンバーカードでサインイン</translation>
        </message>
        <message>
            <source>Ins&amp;ert this resident's card</source>
            <translation>この住民のカードを挿す(&amp;E)</translation>
        </message>
        <message>
            <source>Insert the demo resident's card into the reader</source>
            <translation>デモ住民のカードをカードリーダーに挿す</translation>
        </message>
        <message>
            <source>Take the card &amp;out</source>
            <translation>カードを抜く(&amp;O)</translation>
        </message>
        <message>
            <source>Take the card out of the reader</source>
            <translation>カードをカードリーダーから抜く</translation>
        </message>
        <message>
            <source>Demo &amp;resident</source>
            <translation>デモ利用者(&amp;R)</translation>
        </message>
        <message>
            <source>Demo resident whose card to insert</source>
            <translation>カードを挿すデモ住民</translation>
        </message>
        <message>
            <source>Sample residents, each with a kind of error found in 2023. Their data is made up.</source>
            <translation>2023 年に見つかった誤りの種類ごとに用意した架空の利用者です。</translation>
        </message>
        <message>
            <source>Your card's PIN (4 digi&amp;ts)</source>
            <translation>カードの暗証番号（数字4桁）(&amp;T)</translation>
        </message>
        <message>
            <source>Card PIN</source>
            <translation>カードの暗証番号</translation>
        </message>
        <message>
            <source>The PIN goes to your card only; the service never sees it.</source>
            <translation>暗証番号はカードにだけ送られ、サービスには届きません。</translation>
        </message>
        <message>
            <source>&amp;Sign in with the card</source>
            <translation>カードでサインイン(&amp;S)</translation>
        </message>
        <message>
            <source>Sign in with the card</source>
            <translation>カードでサインイン</translation>
        </message>
        <message>
            <source>Card in the reader. Type its PIN and press Sign in with the card.</source>
            <translation>カードが挿さっています。暗証番号を入力し「カードでサインイン」を押してください。</translation>
        </message>
        <message>
            <source>Put your My Number Card in the card reader.</source>
            <translation>マイナンバーカードをカードリーダーに挿してください。</translation>
        </message>
        <message>
            <source>Put your My Number Card in the card reader first.</source>
            <translation>先にマイナンバーカードをカードリーダーに挿してください。</translation>
        </message>
        <message>
            <source>Your card is checking the PIN and signing in…</source>
            <translation>カードが暗証番号を確認し、サインインしています…</translation>
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <source>There is no demo resident called %1. List them with: selfcheck mock-api personas</source>
            <translation>%1 というデモ利用者はいません。一覧は selfcheck mock-api personas で表示できます。</translation>
        </message>
        <message>
            <source>Cannot read %1 (%2). Check the file name and that you may read it.</source>
            <translation>%1 を読み込めません（%2）。ファイル名と読み取り権限を確認してください。</translation>
        </message>
        <message>
            <source>%1 is not a resident's data in the API's JSON shape (problem at: %2). It needs "profile", "links" and optionally "access_log".</source>
            <translation>%1 は API の JSON 形式の利用者データではありません（問題の箇所：%2）。"profile" と "links"、必要なら "access_log" が必要です。</translation>
        </message>
        <message numerus="yes">
            <source>%1 (My Number ending %2): %n finding(s)</source>
            <translation>
                <numerusform>%1（マイナンバー下 4 桁 %2）：見つかった点 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Item: %1</source>
            <translation>項目：%1</translation>
        </message>
        <message>
            <source>%1: %2 %3 | %4 %5</source>
            <translation>%1：%2 %3 ｜ %4 %5</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check your answers before sending</source>
            <translation>送信前に内容を確認してください</translation>
        </message>
        <message>
            <source>These items will be reported as wrong. Select one to change or remove it.</source>
            <translation>以下の項目を誤りとして申し出ます。変更・削除するには項目を選んでください。</translation>
        </message>
        <message>
            <source>Your answers</source>
            <translation>申出の内容</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>変更(&amp;C)…</translation>
        </message>
        <message>
            <source>Change the selected answer</source>
            <translation>選んだ内容を変更</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>削除(&amp;M)</translation>
        </message>
        <message>
            <source>Remove the selected answer</source>
            <translation>選んだ内容を削除</translation>
        </message>
        <message>
            <source>&amp;Add another item</source>
            <translation>ほかの項目を追加(&amp;A)</translation>
        </message>
        <message>
            <source>Mark another item as wrong</source>
            <translation>ほかの項目を誤りとして選ぶ</translation>
        </message>
        <message>
            <source>Supporting documents (optional)</source>
            <translation>確認書類（任意）</translation>
        </message>
        <message>
            <source>A photo or PDF of a passbook page or certificate helps the office: PNG, JPEG or PDF, up to 5 MB each, at most 3.</source>
            <translation>通帳や証明書の写真・PDF があると、確認が早くなります。PNG・JPEG・PDF で、1 つ 5 MB まで、3 つまで添付できます。</translation>
        </message>
        <message>
            <source>Attached documents</source>
            <translation>添付した書類</translation>
        </message>
        <message>
            <source>A&amp;ttach a document…</source>
            <translation>書類を添付(&amp;T)…</translation>
        </message>
        <message>
            <source>Attach a supporting document</source>
            <translation>確認書類を添付</translation>
        </message>
        <message>
            <source>Remove doc&amp;uments</source>
            <translation>書類を外す(&amp;U)</translation>
        </message>
        <message>
            <source>Remove the attached documents</source>
            <translation>添付した書類を外す</translation>
        </message>
        <message>
            <source>Nothing is sent until you press “Send correction request”.</source>
            <translation>「訂正を申し出る」を押すまで、何も送信されません。</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>入力内容に問題があります</translation>
        </message>
        <message>
            <source>&amp;Back to the list</source>
            <translation>一覧に戻る(&amp;B)</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>一覧に戻る</translation>
        </message>
        <message>
            <source>Sending status</source>
            <translation>送信の状況</translation>
        </message>
        <message>
            <source>&amp;Send correction request</source>
            <translation>訂正を申し出る(&amp;S)</translation>
        </message>
        <message>
            <source>Send correction request</source>
            <translation>訂正を申し出る</translation>
        </message>
        <message numerus="yes">
            <source>Check your answers before sending (%n item(s))</source>
            <translation>
                <numerusform>送信前に内容を確認してください（%n 件）</numerusform>
            </translation>
        </message>
        <message>
            <source>No document attached.</source>
            <translation>添付した書類はありません。</translation>
        </message>
        <message>
            <source>This computer has no secure key store, so a request that cannot be sent at once is kept only while Selfcheck is open. Send it before you close the app.</source>
            <translation>このコンピューターには安全な鍵の保管場所がないため、すぐに送信できなかった申出はセルフチェックを開いている間だけ保持されます。アプリを閉じる前に送信してください。</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>送信しています…</translation>
        </message>
        <message>
            <source>Not sent. %1 Your answers are kept.</source>
            <translation>送信できませんでした。%1 入力した内容は保存されています。</translation>
        </message>
    </context>
    <context>
        <name>Closing</name>
        <message>
            <source>Requests not sent yet</source>
            <translation>まだ送信されていない申出</translation>
        </message>
        <message numerus="yes">
            <source>%n correction request(s) have not been sent yet.</source>
            <translation>
                <numerusform>まだ送信されていない訂正の申出が %n 件あります。</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer has no secure key store, so they are kept only while Selfcheck is open. If you close now they are lost, and you would have to mark the items and send them again. If you keep Selfcheck open, it goes on trying by itself.</source>
            <translation>このコンピューターには安全な鍵の保管場所がないため、申出は Selfcheck を開いている間だけ保持されます。今閉じると申出は失われ、項目を選び直して再度送信する必要があります。Selfcheck を開いたままにすると、自動で送信を続けます。</translation>
        </message>
        <message>
            <source>&amp;Keep Selfcheck open</source>
            <translation>Selfcheck を開いたままにする(&amp;K)</translation>
        </message>
        <message>
            <source>Close and &amp;lose them</source>
            <translation>閉じて申出を破棄する(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationPage</name>
        <message>
            <source>Correction request sent</source>
            <translation>訂正の申出を送信しました</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Your reference number</source>
            <translation>受付番号</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>このあとの流れ</translation>
        </message>
        <message>
            <source>If you need help</source>
            <translation>お困りのときは</translation>
        </message>
        <message>
            <source>Call the My Number general help line, 0120-95-0178 (free, weekdays 9:30–20:00), and give your reference number. Keep the reference number: you can follow the request under “My requests”.</source>
            <translation>マイナンバー総合フリーダイヤル 0120-95-0178（無料、平日 9:30〜20:00）に電話し、受付番号をお伝えください。受付番号は控えておいてください。「訂正の申出」で状況を確認できます。</translation>
        </message>
        <message>
            <source>In the demo this reference number is made up: there is nothing to ask the help line about.</source>
            <translation>デモの受付番号は架空のものです。フリーダイヤルへのお問い合わせは不要です。</translation>
        </message>
        <message>
            <source>Save &amp;receipt (PDF)…</source>
            <translation>控えを保存（PDF）(&amp;R)…</translation>
        </message>
        <message>
            <source>Save a receipt as PDF</source>
            <translation>控えを PDF で保存</translation>
        </message>
        <message>
            <source>Ask a second staff member to &amp;approve…</source>
            <translation>別の職員に承認を依頼(&amp;A)…</translation>
        </message>
        <message>
            <source>Ask a second staff member to approve</source>
            <translation>別の職員に承認を依頼する</translation>
        </message>
        <message>
            <source>View &amp;my requests</source>
            <translation>申出の一覧を見る(&amp;M)</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状況：%1</translation>
        </message>
        <message>
            <source>The offices that hold these items check them against their records. You will get a notification in Selfcheck when the status changes, and an answer by %1. If an item is corrected, it disappears from your list or shows the right details.</source>
            <translation>各項目を管理する機関が記録と照合します。状況が変わるとセルフチェックにお知らせが届き、%1までに回答があります。訂正された項目は一覧から消えるか、正しい内容で表示されます。</translation>
        </message>
        <message>
            <source>Correction request taken: waiting for approval</source>
            <translation>訂正の申出を受け付けました：承認待ち</translation>
        </message>
        <message>
            <source>&amp;Print receipt</source>
            <translation>控えを印刷(&amp;P)</translation>
        </message>
        <message>
            <source>Print a receipt for the resident</source>
            <translation>住民のための控えを印刷する</translation>
        </message>
        <message>
            <source>Your reference number is %1.</source>
            <translation>受付番号は %1 です。</translation>
        </message>
        <message>
            <source>Saved: waiting to send</source>
            <translation>保存しました：送信待ち</translation>
        </message>
        <message>
            <source>The service could not be reached, or its answer did not come through. Your request is saved and is sent again by itself (the service never makes it twice) until the service confirms it; you then get a reference number here and under “My requests”.</source>
            <translation>サービスに接続できなかったか、サービスからの応答が届きませんでした。申出は保存されており、サービスが受付を確認するまで自動で再送信されます（二重に受け付けられることはありません）。受付番号はこの画面と「訂正の申出」に表示されます。</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>まだ送信していません</translation>
        </message>
        <message>
            <source>Selfcheck tries again every few seconds while it is open, and again when you next sign in. Nothing is sent twice.</source>
            <translation>セルフチェックを開いている間は数秒ごとに、また次にサインインしたときにも送信を試みます。二重に送信されることはありません。</translation>
        </message>
        <message>
            <source>This computer has no secure key store, so the request is kept only while Selfcheck is open: keep the app open until it has been sent.</source>
            <translation>このコンピューターには安全な鍵の保管場所がないため、申出はセルフチェックを開いている間だけ保持されます。送信されるまでアプリを閉じないでください。</translation>
        </message>
        <message>
            <source>Call the My Number general help line, 0120-95-0178 (free, weekdays 9:30–20:00). This request has no reference number yet: it gets one when it has been sent, under “My requests”.</source>
            <translation>マイナンバー総合フリーダイヤル 0120-95-0178（無料、平日 9:30〜20:00）にお電話ください。この申出にはまだ受付番号がありません。送信されると「訂正の申出」に受付番号が表示されます。</translation>
        </message>
        <message>
            <source>&amp;Send again now</source>
            <translation>今すぐ再送信(&amp;S)</translation>
        </message>
        <message>
            <source>Send the waiting request again now</source>
            <translation>送信待ちの申出を今すぐ再送信する</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題あり</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>コピーしました</translation>
        </message>
        <message>
            <source>&amp;Copy reference number</source>
            <translation>受付番号をコピー(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the reference number</source>
            <translation>受付番号をコピー</translation>
        </message>
        <message>
            <source>View my requests</source>
            <translation>申出の一覧を見る</translation>
        </message>
        <message>
            <source>Back to the &amp;overview</source>
            <translation>トップに戻る(&amp;O)</translation>
        </message>
        <message>
            <source>Back to the overview</source>
            <translation>トップに戻る</translation>
        </message>
    </context>
    <context>
        <name>CounterBar</name>
        <message numerus="yes">
            <source>⚠ No one has used the screen for a while. To protect the resident's data this session ends in %n second(s). Press any key or move the mouse to go on.</source>
            <translation>
                <numerusform>⚠ しばらく操作がありません。住民の情報を守るため、あと %n 秒でこの対応を終了します。続けるには、いずれかのキーを押すかマウスを動かしてください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Counter of %1 · staff %2</source>
            <translation>%1 窓口・職員 %2</translation>
        </message>
        <message>
            <source>End session (Ctrl+Shift+O)</source>
            <translation>対応を終了（Ctrl+Shift+O）</translation>
        </message>
        <message>
            <source>End this resident's session</source>
            <translation>この住民の対応を終了する</translation>
        </message>
    </context>
    <context>
        <name>CounterPage</name>
        <message>
            <source>Counter</source>
            <translation>窓口</translation>
        </message>
        <message>
            <source>Counter of %1</source>
            <translation>%1 窓口</translation>
        </message>
        <message>
            <source>Signed in: staff %1. Residents who come next see nothing of the one before.</source>
            <translation>職員 %1 がサインインしています。次の住民には前の住民の情報は何も表示されません。</translation>
        </message>
        <message>
            <source>Signed in at this counter</source>
            <translation>この窓口でサインイン中</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Turn the screen to the resident, then start. Only the resident types their number and PIN; please look away while they do.</source>
            <translation>画面を住民に向けてから始めてください。マイナンバーと暗証番号は住民ご本人だけが入力します。入力中は画面から目をそらしてください。</translation>
        </message>
        <message>
            <source>&amp;Start a resident session</source>
            <translation>住民の対応を始める(&amp;S)</translation>
        </message>
        <message>
            <source>Start a resident session</source>
            <translation>住民の対応を始める</translation>
        </message>
        <message>
            <source>A card locked after 3 wrong PINs can be unlocked here once you have checked the resident's photo ID.</source>
            <translation>暗証番号を 3 回間違えてロックされたカードは、写真付き本人確認書類で本人確認をしたうえで、ここでロックを解除できます。</translation>
        </message>
        <message>
            <source>&amp;Unlock a locked card…</source>
            <translation>ロックされたカードを解除(&amp;U)…</translation>
        </message>
        <message>
            <source>Unlock a locked card</source>
            <translation>ロックされたカードを解除</translation>
        </message>
        <message>
            <source>Sign &amp;out of the counter</source>
            <translation>窓口からサインアウト(&amp;O)</translation>
        </message>
        <message>
            <source>Sign out of the counter</source>
            <translation>窓口からサインアウト</translation>
        </message>
    </context>
    <context>
        <name>CounterShell</name>
        <message>
            <source>The session has ended. Nothing of that resident is left on this computer.</source>
            <translation>対応を終了しました。この住民の情報はこのコンピューターに何も残っていません。</translation>
        </message>
        <message>
            <source>The session ended by itself after a time without activity. Nothing of that resident is left on this computer.</source>
            <translation>一定時間操作がなかったため、対応を自動的に終了しました。この住民の情報はこのコンピューターに何も残っていません。</translation>
        </message>
        <message>
            <source>The session was ended because the resident said the name shown was not theirs. Nothing was shown or changed. Start again with the resident's own card.</source>
            <translation>表示された氏名がご本人のものではないとのことなので、対応を終了しました。何も表示・変更していません。ご本人のカードでもう一度始めてください。</translation>
        </message>
        <message>
            <source>The resident's sign-in was cancelled.</source>
            <translation>住民のサインインを取り消しました。</translation>
        </message>
        <message>
            <source>The resident's session has expired, so it was ended. Start a new session.</source>
            <translation>住民のセッションの有効期限が切れたため、対応を終了しました。新しく対応を始めてください。</translation>
        </message>
        <message>
            <source>Resident: sign in with your own card</source>
            <translation>住民の方へ：ご自身のカードでサインインしてください</translation>
        </message>
        <message>
            <source>Put your My Number Card in the reader and type its 4-digit PIN yourself. The staff member does not look, and the PIN goes to your card only.</source>
            <translation>マイナンバーカードをカードリーダーに挿し、4 桁の暗証番号をご自身で入力してください。職員は画面を見ず、暗証番号はカードにだけ送られます。</translation>
        </message>
        <message>
            <source>Your staff session has ended. Sign in again to go on.</source>
            <translation>職員のセッションが終了しました。続けるには、もう一度サインインしてください。</translation>
        </message>
        <message>
            <source>You have signed out of the counter.</source>
            <translation>窓口からサインアウトしました。</translation>
        </message>
        <message>
            <source>This card is locked after 3 wrong PINs. The staff member can unlock it here: choose “Back to the counter”, then “Unlock a locked card”.</source>
            <translation>暗証番号を 3 回間違えたため、このカードはロックされています。職員がここで解除できます。「窓口の画面に戻る」を選び、「ロックされたカードを解除」を選んでください。</translation>
        </message>
        <message>
            <source>The card is unlocked. The resident can now sign in with their new PIN.</source>
            <translation>カードのロックを解除しました。住民は新しい暗証番号でサインインできます。</translation>
        </message>
        <message>
            <source>This card cannot be unlocked at this counter: it is not locked, or the resident is registered in another municipality. Check the number against the card.</source>
            <translation>この窓口ではこのカードのロックを解除できません。ロックされていないか、住民登録が別の市区町村にあります。番号をカードと照らし合わせて確認してください。</translation>
        </message>
    </context>
    <context>
        <name>DetailPage</name>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>&amp;Back to the list</source>
            <translation>一覧に戻る(&amp;B)</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>一覧に戻る</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Holder name</source>
            <translation>名義</translation>
        </message>
        <message>
            <source>Holder name (kana)</source>
            <translation>名義（カナ）</translation>
        </message>
        <message>
            <source>Holder's date of birth</source>
            <translation>名義人の生年月日</translation>
        </message>
        <message>
            <source>Holder's sex</source>
            <translation>名義人の性別</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>機関</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>登録した人・機関</translation>
        </message>
        <message>
            <source>Registered through</source>
            <translation>登録の経路</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>登録日</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>有効開始日</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>No end date</source>
            <translation>期限なし</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Also linked to</source>
            <translation>ほかにも紐付いている人</translation>
        </message>
        <message numerus="yes">
            <source>%n other person(s)</source>
            <translation>
                <numerusform>ほかに %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Selfcheck found: %1</source>
            <translation>セルフチェックで見つかった点：%1</translation>
        </message>
        <message>
            <source>You marked this item as wrong: %1</source>
            <translation>この項目を誤りとして選んでいます：%1</translation>
        </message>
        <message>
            <source>Change &amp;mark…</source>
            <translation>申出内容を変更(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Mark as wrong…</source>
            <translation>誤りとして申し出る(&amp;M)…</translation>
        </message>
        <message>
            <source>Mark this item as wrong</source>
            <translation>この項目を誤りとして申し出る</translation>
        </message>
    </context>
    <context>
        <name>DraftModel</name>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>名義</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>誤りの内容</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>補足</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <source>What</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Your record</source>
            <translation>あなたの記録</translation>
        </message>
        <message>
            <source>This item</source>
            <translation>この項目</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>Problem</source>
            <translation>問題あり</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>要確認</translation>
        </message>
        <message>
            <source>For your information</source>
            <translation>参考</translation>
        </message>
        <message>
            <source>Name as the bank writes it</source>
            <translation>銀行での名義の書き方</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>登録した人・機関</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading (kana)</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>市区町村</translation>
        </message>
        <message>
            <source>Period covered</source>
            <translation>対象期間</translation>
        </message>
        <message>
            <source>Insurer</source>
            <translation>保険者</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>機関</translation>
        </message>
        <message>
            <source>Information exchanged</source>
            <translation>やりとりされた情報</translation>
        </message>
        <message>
            <source>Other people with this account</source>
            <translation>この口座を登録しているほかの人</translation>
        </message>
        <message>
            <source>Times in your access log</source>
            <translation>やりとり履歴の件数</translation>
        </message>
        <message>
            <source>Registered through</source>
            <translation>登録の経路</translation>
        </message>
        <message>
            <source>Your name with your former surname</source>
            <translation>旧氏での氏名</translation>
        </message>
        <message>
            <source>Your alias (tsūshō)</source>
            <translation>通称</translation>
        </message>
        <message>
            <source>When you lived there / period of this item</source>
            <translation>住んでいた期間／この項目の期間</translation>
        </message>
        <message>
            <source>You moved away / period of this item</source>
            <translation>転出した日／この項目の期間</translation>
        </message>
        <message>
            <source>Your record</source>
            <translation>あなたの記録</translation>
        </message>
        <message>
            <source>This item</source>
            <translation>この項目</translation>
        </message>
        <message>
            <source>Your names in the resident register</source>
            <translation>住民票にあるあなたの氏名</translation>
        </message>
        <message>
            <source>Your address history</source>
            <translation>あなたの住所の履歴</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>One insurance</source>
            <translation>一方の保険</translation>
        </message>
        <message>
            <source>The other insurance</source>
            <translation>もう一方の保険</translation>
        </message>
        <message>
            <source>Your access log</source>
            <translation>あなたのアクセス記録</translation>
        </message>
        <message>
            <source>female</source>
            <translation>女性</translation>
        </message>
        <message>
            <source>male</source>
            <translation>男性</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>記載なし</translation>
        </message>
        <message>
            <source>yourself, online (Mynaportal)</source>
            <translation>本人（マイナポータル）</translation>
        </message>
        <message>
            <source>a terminal at a municipal counter</source>
            <translation>市区町村の窓口の端末</translation>
        </message>
        <message>
            <source>the insurer</source>
            <translation>保険者</translation>
        </message>
        <message>
            <source>the bank</source>
            <translation>金融機関</translation>
        </message>
        <message>
            <source>the pension office</source>
            <translation>年金事務所</translation>
        </message>
        <message>
            <source>If this is not yours, report it: the office that holds it will check and correct the link.</source>
            <translation>自分のものでなければ申し出てください。管理している機関が確認し、紐付けを訂正します。</translation>
        </message>
        <message>
            <source>Compare it with your passbook or cash card. If it is wrong, report it.</source>
            <translation>通帳やキャッシュカードと見比べてください。誤りがあれば申し出てください。</translation>
        </message>
        <message>
            <source>Compare it with your health insurance card or the insurer's notice. If it is wrong, report it.</source>
            <translation>保険証（資格確認書）や保険者からのお知らせと見比べてください。誤りがあれば申し出てください。</translation>
        </message>
        <message>
            <source>Compare it with your certificate. If it is wrong, report it.</source>
            <translation>お手元の手帳・証明書と見比べてください。誤りがあれば申し出てください。</translation>
        </message>
        <message>
            <source>Compare it with your pension book or the pension notice. If it is wrong, report it.</source>
            <translation>年金手帳や年金のお知らせ（ねんきん定期便など）と見比べてください。誤りがあれば申し出てください。</translation>
        </message>
        <message>
            <source>If this is your account, it is not wrongly linked: ask your bank to change the account name to your current name. If it is not yours, report it.</source>
            <translation>あなたの口座であれば、誤った紐付けではありません。銀行で口座名義を今の氏名に変更してください。あなたの口座でなければ申し出てください。</translation>
        </message>
        <message>
            <source>If this is yours, it is not wrongly linked: ask the insurer or the pension office to change the name on it to your current name. If it is not yours, report it.</source>
            <translation>あなたのものであれば、誤った紐付けではありません。保険者や年金事務所で氏名を今の氏名に変更してください。あなたのものでなければ申し出てください。</translation>
        </message>
        <message>
            <source>The benefit account is in the name of someone with your surname</source>
            <translation>公金受取口座があなたと同じ姓の別の人の名義です</translation>
        </message>
        <message>
            <source>The account holder has your surname but another given name. It can be a relative's account or another person's. A benefit account must be in your own name.</source>
            <translation>口座名義の姓はあなたと同じですが、名が違います。家族の口座のことも、別の人の口座のこともあります。公金受取口座は本人名義の口座でなければなりません。</translation>
        </message>
        <message>
            <source>The benefit account is probably a family member's</source>
            <translation>公金受取口座が家族の口座のようです</translation>
        </message>
        <message>
            <source>The account holder has your surname but another given name, and the account was registered for you by a family member or while you were a child. In 2023 many benefit accounts turned out to be a parent's account. A benefit account must be in your own name.</source>
            <translation>口座名義の姓はあなたと同じですが名が違い、口座は家族が登録したか、あなたが子どもの頃に登録されています。2023年には、親の口座が登録されていた例が多数見つかりました。公金受取口座は本人名義の口座でなければなりません。</translation>
        </message>
        <message>
            <source>The account holder's name is not yours, nor any name the resident register has for you. A benefit account must be in your own name.</source>
            <translation>口座名義があなたの氏名でも、住民票にあるあなたの別の氏名でもありません。公金受取口座は本人名義の口座でなければなりません。</translation>
        </message>
        <message>
            <source>The benefit account is in another person's name, registered at a counter terminal</source>
            <translation>窓口の端末で登録された公金受取口座が別の人の名義です</translation>
        </message>
        <message>
            <source>The account holder's name is not yours, and the account was registered on a terminal at a municipal counter. In 2023 some accounts were registered to the wrong person at a shared counter terminal that was not signed out. A benefit account must be in your own name.</source>
            <translation>口座名義があなたの氏名ではなく、口座は市区町村の窓口の端末で登録されています。2023年には、ログアウトされていない共用端末で別の人の口座が登録された例がありました。公金受取口座は本人名義の口座でなければなりません。</translation>
        </message>
        <message>
            <source>This looks like yours under your former surname</source>
            <translation>旧氏でのあなたのもののようです</translation>
        </message>
        <message>
            <source>The name on this item is your name with your former surname (旧氏), as your resident record has it. It is probably yours, kept under your old name.</source>
            <translation>この項目の氏名は、住民票に記載されたあなたの旧氏での氏名です。以前の氏名のままになっている、あなたのものと思われます。</translation>
        </message>
        <message>
            <source>This looks like yours under your alias</source>
            <translation>通称でのあなたのもののようです</translation>
        </message>
        <message>
            <source>The name on this item is your alias (通称), as your resident record has it. It is probably yours, under the other name you use.</source>
            <translation>この項目の氏名は、住民票に記載されたあなたの通称です。あなたが使っている別の氏名での、あなたのものと思われます。</translation>
        </message>
        <message>
            <source>The account holder's name writes ヴ another way</source>
            <translation>口座名義で「ヴ」の書き方が違います</translation>
        </message>
        <message>
            <source>The names differ only in how the sound ヴ is written (for example ヴァン and バン). Banks often write it with バ, ビ, ブ, ベ or ボ, so this is probably yours.</source>
            <translation>違いは「ヴ」の音の書き方だけです（例：ヴァンとバン）。銀行ではバ・ビ・ブ・ベ・ボで書くことが多いため、あなたの口座と思われます。</translation>
        </message>
        <message>
            <source>A part of the name is added or left out</source>
            <translation>氏名の一部が足されているか、省かれています</translation>
        </message>
        <message>
            <source>The names match except that one of them has a middle name or another part that the other leaves out (for example SMITH JOHN and SMITH JOHN MICHAEL). This is usually the same person, but check it.</source>
            <translation>一方にミドルネームなどがあり、もう一方では省かれている以外は一致しています（例：SMITH JOHN と SMITH JOHN MICHAEL）。たいていは同じ人ですが、確認してください。</translation>
        </message>
        <message>
            <source>The name is written in another script</source>
            <translation>氏名が別の文字で書かれています</translation>
        </message>
        <message>
            <source>One name is in the alphabet and the other in katakana, and they sound alike (for example SMITH and スミス). The spelling between scripts is never certain, so check it.</source>
            <translation>一方はアルファベット、もう一方はカタカナで、読みが似ています（例：SMITH とスミス）。文字の置き換えは確実ではないため、確認してください。</translation>
        </message>
        <message>
            <source>The benefit account is in another person's name</source>
            <translation>公金受取口座が別の人の名義になっています</translation>
        </message>
        <message>
            <source>The account holder's name is close to yours but not the same</source>
            <translation>口座の名義があなたの氏名と似ていますが、同じではありません</translation>
        </message>
        <message>
            <source>One name is the start of the other (for example ミキ and ミキオ). These are different names, so this may be another person's account.</source>
            <translation>一方の名前がもう一方の先頭部分になっています（例：ミキ と ミキオ）。別の名前なので、別の人の口座かもしれません。</translation>
        </message>
        <message>
            <source>The account holder's name differs from yours by a voiced mark</source>
            <translation>口座の名義とあなたの氏名で濁点が違います</translation>
        </message>
        <message>
            <source>The names differ only in a voiced mark (for example タカダ and タカタ). That can be a typing error, or a different person.</source>
            <translation>違いは濁点だけです（例：タカダ と タカタ）。入力の誤りのこともあれば、別の人のこともあります。</translation>
        </message>
        <message>
            <source>The account holder's name writes a long vowel differently</source>
            <translation>口座の名義で長音の書き方が違います</translation>
        </message>
        <message>
            <source>The names differ only in how a long vowel is written (for example サトウ and サトー). Banks often write it another way, but it can also be another person.</source>
            <translation>違いは長音の書き方だけです（例：サトウ と サトー）。銀行では書き方が変わることがよくありますが、別の人のこともあります。</translation>
        </message>
        <message>
            <source>The account holder's name is your kanji name read the Japanese way</source>
            <translation>口座名義は、あなたの漢字の氏名を日本語の音読みで読んだものです</translation>
        </message>
        <message>
            <source>The account holder's name is your registered name with its kanji, or only its surname, read the Japanese way (for example 張 偉 written チョウ イ instead of チャン ウェイ, or 李 written リ instead of イ). Banks sometimes write a name that way, so this is probably yours, but check it.</source>
            <translation>口座名義は、登録されている氏名の漢字（または姓だけ）を日本語の読み方で読んだものです（例：張 偉 を チャン ウェイ ではなく チョウ イ、李 を イ ではなく リ と書く）。金融機関がこのように書くことがあるため、おそらくあなたのものですが、確認してください。</translation>
        </message>
        <message>
            <source>The account holder's name is shortened</source>
            <translation>口座の名義が省略されています</translation>
        </message>
        <message>
            <source>A part of the name is only an initial (for example SMITH JOHN M). This is usually the same person, but check it.</source>
            <translation>名前の一部が頭文字だけになっています（例：SMITH JOHN M）。たいていは本人ですが、確認してください。</translation>
        </message>
        <message>
            <source>The account holder's name is cut off</source>
            <translation>口座の名義が途中で切れています</translation>
        </message>
        <message>
            <source>Banks store at most 40 characters, so long names are cut. The part that is stored matches your name.</source>
            <translation>銀行の名義は 40 文字までなので、長い名前は途中で切れます。登録されている部分はあなたの氏名と一致しています。</translation>
        </message>
        <message>
            <source>The benefit account belongs to a company or organisation</source>
            <translation>公金受取口座が会社や団体の口座になっています</translation>
        </message>
        <message>
            <source>The holder is written as a company or another organisation (for example ｶ) for a kabushiki kaisha). A benefit account must be your own personal account.</source>
            <translation>名義が会社や団体になっています（例：株式会社を表す ｶ)）。公金受取口座は本人個人の口座でなければなりません。</translation>
        </message>
        <message>
            <source>The same account is also linked to other people</source>
            <translation>同じ口座がほかの人にも紐付いています</translation>
        </message>
        <message>
            <source>This account is registered as the benefit account of other people as well. Each person's benefit account must be their own, so at least one of these links is wrong.</source>
            <translation>この口座はほかの人の公金受取口座としても登録されています。公金受取口座はそれぞれ本人のものでなければならないため、少なくとも一つの紐付けが誤っています。</translation>
        </message>
        <message>
            <source>This record is in another person's name</source>
            <translation>この記録は別の人の名前になっています</translation>
        </message>
        <message>
            <source>The name on this record is not yours. In 2023 some certificates carried a relative's number, or numbers were swapped when several applications were entered together.</source>
            <translation>この記録の氏名はあなたのものではありません。2023 年には、親族の番号が書かれた証明書や、複数の申請をまとめて入力した際に番号が入れ替わった例がありました。</translation>
        </message>
        <message>
            <source>This record has your name but another date of birth</source>
            <translation>この記録は氏名が同じで生年月日が違います</translation>
        </message>
        <message>
            <source>The name matches, but the date of birth does not. It is probably the record of another person with the same name, linked by name alone.</source>
            <translation>氏名は一致しますが、生年月日が一致しません。氏名だけで紐付けられた、同姓同名の別の人の記録と考えられます。</translation>
        </message>
        <message>
            <source>The reading of the name on this record is not yours</source>
            <translation>この記録のフリガナがあなたのものと違います</translation>
        </message>
        <message>
            <source>The name in kanji matches, but its reading in kana does not. This can be an error in the record, or another person whose name is written the same way.</source>
            <translation>漢字の氏名は一致しますが、フリガナが一致しません。記録の誤りのこともあれば、同じ漢字の別の人のこともあります。</translation>
        </message>
        <message>
            <source>The name on this record is spelled another way</source>
            <translation>この記録の氏名は別の書き方です</translation>
        </message>
        <message>
            <source>Date of birth and sex match, and the name is yours written another way: a part added or left out, an initial, or another script. This is usually the same person, but check it.</source>
            <translation>生年月日と性別は一致し、氏名はあなたの氏名の別の書き方です（一部の追加・省略、頭文字、別の文字）。たいていは同じ人ですが、確認してください。</translation>
        </message>
        <message>
            <source>The name on this record is written with other kanji</source>
            <translation>この記録の氏名は別の漢字で書かれています</translation>
        </message>
        <message>
            <source>Reading, date of birth and sex all match; only the kanji differ. Many systems cannot show every kanji of a name and use a similar one. It is probably yours, but check it.</source>
            <translation>読み方・生年月日・性別はすべて一致し、漢字だけが違います。氏名の漢字をすべて表示できず、似た字を使うシステムは多くあります。あなたのものと思われますが、確認してください。</translation>
        </message>
        <message>
            <source>The sex on this record is not yours</source>
            <translation>この記録の性別があなたのものと違います</translation>
        </message>
        <message>
            <source>Name and date of birth match, but the sex recorded is different. This is usually an error in the record.</source>
            <translation>氏名と生年月日は一致しますが、性別が違います。たいていは記録の誤りです。</translation>
        </message>
        <message>
            <source>Issued by a municipality where you never lived</source>
            <translation>住んだことのない市区町村が発行しています</translation>
        </message>
        <message>
            <source>A municipality issues this kind of certificate only to its residents, and your address history does not include it. In 2023 insurers linked people with the same name and date of birth in other towns.</source>
            <translation>この種類の証明書は、その市区町村の住民にだけ発行されますが、あなたの住所の履歴にその市区町村はありません。2023 年には、ほかの市町村の同姓同名・同じ生年月日の人が紐付けられた例がありました。</translation>
        </message>
        <message>
            <source>Issued by a municipality when you did not live there</source>
            <translation>住んでいなかった時期に市区町村が発行しています</translation>
        </message>
        <message>
            <source>You lived in this municipality, but not during the period of this item. A municipality issues this kind of certificate only to its residents, so it probably belongs to another person with the same name.</source>
            <translation>この市区町村に住んでいたことはありますが、この項目の期間には住んでいません。この種の証明書は住民にだけ発行されるため、同姓同名の別の人のものと思われます。</translation>
        </message>
        <message>
            <source>A municipality's insurance is still linked after you moved away</source>
            <translation>転出後も市区町村の保険が紐付いています</translation>
        </message>
        <message>
            <source>Your address history shows that you moved away from this municipality, and its national health insurance covers only its residents. This insurance should have ended when you moved.</source>
            <translation>住所の履歴では、あなたはこの市区町村から転出しています。国民健康保険はその市区町村の住民だけが対象なので、この保険は転出したときに終わっているはずです。</translation>
        </message>
        <message>
            <source>If you moved away, report it as no longer valid.</source>
            <translation>転出していれば、「すでに無効になっている」として申し出てください。</translation>
        </message>
        <message>
            <source>Two health insurances from different insurers for the same time</source>
            <translation>同じ期間に別々の保険者の健康保険が二つあります</translation>
        </message>
        <message>
            <source>You are normally insured by one insurer at a time. One of these may belong to someone else, or an old one was not ended.</source>
            <translation>健康保険は通常、同じ時期には一つの保険者だけです。どちらかが別の人のものか、古いものが終了していない可能性があります。</translation>
        </message>
        <message>
            <source>An expired certificate is still linked</source>
            <translation>期限切れの証明書がまだ紐付いています</translation>
        </message>
        <message>
            <source>This certificate is no longer valid but is still linked to your number, for example insurance from a job you have left.</source>
            <translation>この証明書はすでに有効ではありませんが、まだマイナンバーに紐付いています（例：退職した勤め先の健康保険）。</translation>
        </message>
        <message>
            <source>If you no longer have it, report it as no longer valid.</source>
            <translation>もう使っていなければ、「すでに無効になっている」として申し出てください。</translation>
        </message>
        <message>
            <source>An agency you have no link with exchanged your information</source>
            <translation>紐付きのない機関があなたの情報をやりとりしました</translation>
        </message>
        <message>
            <source>This agency exchanged information about you, although it holds nothing linked to your number and you never lived there. There may be a good reason, but you can ask.</source>
            <translation>この機関はあなたのマイナンバーに紐付いた情報を持っておらず、あなたが住んだこともありませんが、あなたの情報をやりとりしました。正当な理由があるかもしれませんが、問い合わせることができます。</translation>
        </message>
        <message>
            <source>If you do not know why, ask the agency or the My Number help line.</source>
            <translation>理由に心当たりがなければ、その機関かマイナンバー総合フリーダイヤルにお問い合わせください。</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>How serious</source>
            <translation>重要度</translation>
        </message>
        <message>
            <source>What Selfcheck found</source>
            <translation>セルフチェックで見つかった点</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
    </context>
    <context>
        <name>FlagPage</name>
        <message>
            <source>What is wrong with this item?</source>
            <translation>この項目の何が誤っていますか？</translation>
        </message>
        <message>
            <source>The item</source>
            <translation>対象の項目</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>入力内容に問題があります</translation>
        </message>
        <message>
            <source>%1 — holder: %2, registered by %3 on %4</source>
            <translation>%1 — 名義：%2、%4に%3が登録</translation>
        </message>
        <message>
            <source>&amp;Note (required: say what is wrong)</source>
            <translation>補足（必須：何が誤っているかを書いてください）(&amp;N)</translation>
        </message>
        <message>
            <source>Note (required)</source>
            <translation>補足（必須）</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 / %2 文字</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>誤りの内容</translation>
        </message>
        <message>
            <source>This is not mine</source>
            <translation>自分のものではない</translation>
        </message>
        <message>
            <source>The details are wrong</source>
            <translation>内容が誤っている</translation>
        </message>
        <message>
            <source>It is no longer valid</source>
            <translation>すでに無効になっている</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>&amp;Note (optional)</source>
            <translation>補足（任意）(&amp;N)</translation>
        </message>
        <message>
            <source>Anything that helps the office correct it, for example whose account it is. Up to 1,000 characters.</source>
            <translation>訂正に役立つこと（例：誰の口座か）を書いてください。1,000 文字まで。</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>補足（任意）</translation>
        </message>
        <message>
            <source>Characters used</source>
            <translation>入力した文字数</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>キャンセル(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel, keep the item as it was</source>
            <translation>キャンセルして元のままにする</translation>
        </message>
        <message>
            <source>Remove &amp;mark</source>
            <translation>選択を取り消す(&amp;M)</translation>
        </message>
        <message>
            <source>Remove the mark from this item</source>
            <translation>この項目の選択を取り消す</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save this answer</source>
            <translation>この内容を保存</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Resident</source>
            <translation>利用者</translation>
        </message>
        <message>
            <source>My Number:</source>
            <translation>マイナンバー：</translation>
        </message>
        <message>
            <source>Your My Number</source>
            <translation>あなたのマイナンバー</translation>
        </message>
        <message>
            <source>Show n&amp;umber</source>
            <translation>番号を表示(&amp;U)</translation>
        </message>
        <message>
            <source>Show the whole number</source>
            <translation>番号をすべて表示</translation>
        </message>
        <message>
            <source>Reload everything from the service</source>
            <translation>サービスからすべて読み込み直す</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>サインアウト(&amp;O)</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>サインアウト</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>表示の切り替え</translation>
        </message>
        <message>
            <source>&amp;Linked items</source>
            <translation>連携情報(&amp;L)</translation>
        </message>
        <message>
            <source>Everything linked to your number, by kind. Select an item (or a finding above) and open its details, or mark it as wrong.</source>
            <translation>マイナンバーに紐付いている情報を種類別に表示しています。項目（または上の見つかった点）を選んで詳細を開くか、誤りとして申し出てください。</translation>
        </message>
        <message>
            <source>Which agency asked for which information about you, which agency provided it, when and why.</source>
            <translation>どの機関があなたのどの情報を照会し、どの機関が提供したか、いつ、何のためかを表示しています。</translation>
        </message>
        <message>
            <source>Linked items</source>
            <translation>連携情報</translation>
        </message>
        <message>
            <source>Open the details of the selected item</source>
            <translation>選んだ項目の詳細を開く</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>検索語を消す</translation>
        </message>
        <message>
            <source>Print re&amp;ceipt</source>
            <translation>控えを印刷(&amp;C)</translation>
        </message>
        <message>
            <source>Print a receipt of the selected request</source>
            <translation>選んだ申出の控えを印刷する</translation>
        </message>
        <message>
            <source>Your linked information</source>
            <translation>あなたの連携情報</translation>
        </message>
        <message>
            <source>%1 — what is linked to your number</source>
            <translation>%1 さんのマイナンバーに紐付いている情報</translation>
        </message>
        <message>
            <source>How banks write your name: %1</source>
            <translation>銀行でのあなたの名義の書き方：%1</translation>
        </message>
        <message>
            <source>Banks store names in half-width katakana without small kana. Compare this with the name in your passbook.</source>
            <translation>銀行では名義を小さい文字を使わない半角カタカナで記録します。通帳の名義と見比べてください。</translation>
        </message>
        <message numerus="yes">
            <source>What Selfcheck found (%n)</source>
            <translation>
                <numerusform>セルフチェックで見つかった点（%n 件）</numerusform>
            </translation>
        </message>
        <message>
            <source>What Selfcheck found</source>
            <translation>セルフチェックで見つかった点</translation>
        </message>
        <message>
            <source>Change &amp;mark on “%1”…</source>
            <translation>「%1」の申出内容を変更(&amp;M)…</translation>
        </message>
        <message>
            <source>Change what you said about %1</source>
            <translation>%1 の申出内容を変更</translation>
        </message>
        <message>
            <source>&amp;Mark “%1” as wrong…</source>
            <translation>「%1」を誤りとして申し出る(&amp;M)…</translation>
        </message>
        <message>
            <source>Mark %1 as wrong</source>
            <translation>%1 を誤りとして申し出る</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) marked as wrong</source>
            <translation>
                <numerusform>誤りとして %n 件を選択中</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing marked yet</source>
            <translation>まだ選んでいません</translation>
        </message>
        <message>
            <source>What you reported in %1:</source>
            <translation>%1 で申し出た内容：</translation>
        </message>
        <message>
            <source>an item no longer linked to your number</source>
            <translation>現在は紐付いていない項目</translation>
        </message>
        <message>
            <source>Status history:</source>
            <translation>状況の履歴：</translation>
        </message>
        <message>
            <source>&amp;Mark as wrong…</source>
            <translation>誤りとして申し出る(&amp;M)…</translation>
        </message>
        <message>
            <source>You have not sent any correction request yet.</source>
            <translation>訂正の申出はまだありません。</translation>
        </message>
        <message>
            <source>Made at a municipal counter with staff member %1.</source>
            <translation>市区町村の窓口で職員 %1 が受け付けました。</translation>
        </message>
        <message>
            <source>Approved by staff member %1.</source>
            <translation>職員 %1 が承認しました。</translation>
        </message>
        <message>
            <source>Why it was not corrected: %1</source>
            <translation>訂正されなかった理由：%1</translation>
        </message>
        <message>
            <source>The office did not say why it was not corrected.</source>
            <translation>機関から訂正しなかった理由は示されていません。</translation>
        </message>
        <message>
            <source>What you can do next: if you still think the link is wrong, contact %1 with your reference number %2, or send a new request with a supporting document (for example a passbook page or an insurance card) that shows it is not yours.</source>
            <translation>次にできること：まだ誤りだと思う場合は、受付番号 %2 を添えて %1 に問い合わせるか、ご自身のものではないことがわかる確認書類（通帳のページや保険証など）を添付して、新しく申し出てください。</translation>
        </message>
        <message>
            <source>the office that holds the item</source>
            <translation>その情報を持つ機関</translation>
        </message>
        <message>
            <source>&amp;Notifications (%1)</source>
            <translation>お知らせ（%1）(&amp;N)</translation>
        </message>
        <message>
            <source>Loading… %1 of %2</source>
            <translation>読み込み中… %2 件中 %1 件</translation>
        </message>
        <message>
            <source>Export the access log</source>
            <translation>やりとり履歴を書き出す</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>やりとり</translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>%2 件中 %1 件を表示</translation>
        </message>
        <message>
            <source>Mark the selected item as wrong</source>
            <translation>選んだ項目を誤りとして申し出る</translation>
        </message>
        <message>
            <source>Items marked as wrong</source>
            <translation>誤りとして選んだ件数</translation>
        </message>
        <message>
            <source>R&amp;eload</source>
            <translation>再読み込み(&amp;E)</translation>
        </message>
        <message>
            <source>How banks write your name</source>
            <translation>銀行でのあなたの名義の書き方</translation>
        </message>
        <message>
            <source>Selfcheck found nothing that looks wrong. You can still check each item yourself.</source>
            <translation>誤りと思われる点は見つかりませんでした。各項目をご自身でも確認できます。</translation>
        </message>
        <message>
            <source>&amp;Why?…</source>
            <translation>理由(&amp;W)…</translation>
        </message>
        <message>
            <source>Why? Show the evidence for the selected finding</source>
            <translation>理由：選んだ点の根拠を表示</translation>
        </message>
        <message>
            <source>De&amp;tails…</source>
            <translation>詳細(&amp;T)…</translation>
        </message>
        <message>
            <source>Re&amp;view and send…</source>
            <translation>確認して送信(&amp;V)…</translation>
        </message>
        <message>
            <source>Check your answers and send</source>
            <translation>内容を確認して送信</translation>
        </message>
        <message>
            <source>My &amp;requests</source>
            <translation>訂正の申出(&amp;R)</translation>
        </message>
        <message>
            <source>Correction requests you have sent, and where each one is.</source>
            <translation>送信した訂正の申出と、それぞれの状況です。</translation>
        </message>
        <message>
            <source>Your correction requests</source>
            <translation>あなたの訂正の申出</translation>
        </message>
        <message>
            <source>Save re&amp;ceipt (PDF)…</source>
            <translation>控えを保存（PDF）(&amp;C)…</translation>
        </message>
        <message>
            <source>Save a receipt of the selected request as PDF</source>
            <translation>選んだ申出の控えを PDF で保存</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>状況の履歴</translation>
        </message>
        <message>
            <source>&amp;Access log</source>
            <translation>やりとり履歴(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>検索(&amp;S)</translation>
        </message>
        <message>
            <source>Search the access log</source>
            <translation>やりとり履歴を検索</translation>
        </message>
        <message>
            <source>Entries shown</source>
            <translation>表示件数</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>開始日(&amp;M)</translation>
        </message>
        <message>
            <source>Show entries from this day</source>
            <translation>この日からの記録を表示</translation>
        </message>
        <message>
            <source>Un&amp;til</source>
            <translation>終了日(&amp;T)</translation>
        </message>
        <message>
            <source>Show entries until this day</source>
            <translation>この日までの記録を表示</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV に書き出す(&amp;X)…</translation>
        </message>
        <message>
            <source>Export the entries shown as a CSV file</source>
            <translation>表示中の記録を CSV ファイルに書き出す</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>やりとり履歴</translation>
        </message>
        <message>
            <source>M&amp;y record</source>
            <translation>わたしの情報(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Notifications</source>
            <translation>お知らせ(&amp;N)</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>お知らせ</translation>
        </message>
    </context>
    <context>
        <name>HomeSessionWatch</name>
        <message numerus="yes">
            <source>⚠ Nothing has happened for a while: to protect your information you will be signed out in %n second(s). Press a key or move the mouse to stay signed in.</source>
            <translation>
                <numerusform>⚠ しばらく操作がありません。情報を守るため、あと %n 秒でサインアウトします。続けるには、キーを押すかマウスを動かしてください。</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ For your safety a session lasts at most 8 hours: you will be signed out at %1. Send what you have prepared before then.</source>
            <translation>⚠ 安全のため、1 回のサインインは最長 8 時間です。%1 にサインアウトします。準備した申出はそれまでに送信してください。</translation>
        </message>
        <message numerus="yes">
            <source>You were signed out because nothing happened for %n minute(s), so that no one else can see your information on a computer left alone. Sign in again to go on.</source>
            <translation>
                <numerusform>%n 分間操作がなかったため、サインアウトしました。離席中のパソコンでほかの人が情報を見られないようにするためです。続けるには、もう一度サインインしてください。</numerusform>
            </translation>
        </message>
        <message>
            <source>You were signed out because a session lasts at most 8 hours. Sign in again to go on.</source>
            <translation>1 回のサインインは最長 8 時間のため、サインアウトしました。続けるには、もう一度サインインしてください。</translation>
        </message>
    </context>
    <context>
        <name>IdentityPage</name>
        <message>
            <source>Is this you?</source>
            <translation>ご本人ですか？</translation>
        </message>
        <message>
            <source>Is this you? %1, born %2.</source>
            <translation>ご本人ですか？ %1 さん、%2 生まれ。</translation>
        </message>
        <message>
            <source>Opening your information…</source>
            <translation>あなたの情報を開いています…</translation>
        </message>
        <message>
            <source>Check your name and birth date. Only if they are yours, press “Yes, this is me”. Nothing can be changed or sent before that.</source>
            <translation>お名前と生年月日を確認してください。ご自身のものである場合だけ「はい、本人です」を押してください。それまでは何も変更・送信できません。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Reading of the name</source>
            <translation>氏名のフリガナ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <source>My Number</source>
            <translation>マイナンバー</translation>
        </message>
        <message>
            <source>My Number, last 4 digits</source>
            <translation>マイナンバー（下 4 桁）</translation>
        </message>
        <message>
            <source>&amp;Yes, this is me</source>
            <translation>はい、本人です(&amp;Y)</translation>
        </message>
        <message>
            <source>Yes, this is me</source>
            <translation>はい、本人です</translation>
        </message>
        <message>
            <source>&amp;No, this is not me</source>
            <translation>いいえ、本人ではありません(&amp;N)</translation>
        </message>
        <message>
            <source>No, this is not me</source>
            <translation>いいえ、本人ではありません</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>LinksModel</name>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>名義</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>登録した人・機関</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>登録の経路</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>登録日</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Your mark</source>
            <translation>あなたの選択</translation>
        </message>
        <message>
            <source>Selfcheck found</source>
            <translation>セルフチェック</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n item(s))</source>
            <translation>
                <numerusform>%1（%n 件）</numerusform>
            </translation>
        </message>
        <message>
            <source>Marked as wrong</source>
            <translation>誤りとして選択</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO — sample residents with made-up data. Nothing is sent to any government office.</source>
            <translation>デモ — 架空の利用者と架空のデータです。行政機関には何も送信されません。</translation>
        </message>
        <message>
            <source>Demo mode</source>
            <translation>デモモード</translation>
        </message>
        <message>
            <source>Selfcheck — My Number link check</source>
            <translation>マイナンバー連携セルフチェック</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>サインアウト(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;End session</source>
            <translation>対応を終了(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Demo</source>
            <translation>デモ(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Reset demo data…</source>
            <translation>デモデータを初期化(&amp;R)…</translation>
        </message>
        <message>
            <source>D&amp;isplay</source>
            <translation>表示(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Large text (200%)</source>
            <translation>大きな文字（200%）(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>ハイコントラスト(&amp;H)</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>言語(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Selfcheck</source>
            <translation>セルフチェックについて(&amp;A)</translation>
        </message>
        <message>
            <source>Starting the demo service…</source>
            <translation>デモ用のサービスを起動しています…</translation>
        </message>
        <message>
            <source>The demo service is ready.</source>
            <translation>デモ用のサービスの準備ができました。</translation>
        </message>
        <message>
            <source>The demo service could not start. Restart Selfcheck; if it keeps happening, delete the demo data from the Demo menu.</source>
            <translation>デモ用のサービスを起動できませんでした。セルフチェックを再起動してください。繰り返し起きる場合は「デモ」メニューからデモデータを初期化してください。</translation>
        </message>
        <message>
            <source>%1 — Selfcheck</source>
            <translation>%1 — セルフチェック</translation>
        </message>
        <message>
            <source>My Number link check</source>
            <translation>マイナンバー連携セルフチェック</translation>
        </message>
        <message>
            <source>Reset demo data</source>
            <translation>デモデータを初期化</translation>
        </message>
        <message>
            <source>Put every demo resident back as at the start? Requests sent in the demo and locked cards are reset. You will be signed out.</source>
            <translation>デモの利用者をすべて最初の状態に戻しますか？デモで送った申出やロックされたカードも元に戻ります。サインアウトします。</translation>
        </message>
        <message>
            <source>Demo data has been reset.</source>
            <translation>デモデータを初期化しました。</translation>
        </message>
        <message>
            <source>About Selfcheck</source>
            <translation>セルフチェックについて</translation>
        </message>
        <message>
            <source>Selfcheck %1: see what is linked to your My Number, find what is wrong and ask for a correction.</source>
            <translation>セルフチェック %1：マイナンバーに紐付いた情報を確認し、誤りを見つけ、訂正を申し出るためのアプリです。</translation>
        </message>
    </context>
    <context>
        <name>NamedScroll</name>
        <message>
            <source>The content of this tab: the arrow keys scroll it</source>
            <translation>このタブの内容（矢印キーでスクロールします）</translation>
        </message>
    </context>
    <context>
        <name>NotificationsModel</name>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
    </context>
    <context>
        <name>PageScroll</name>
        <message>
            <source>The whole page: the arrow keys scroll it</source>
            <translation>ページ全体（矢印キーでスクロールします）</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <source>Receipt: correction request</source>
            <translation>訂正の申出の控え</translation>
        </message>
        <message>
            <source>DEMO: made-up data; this request was not sent to any office.</source>
            <translation>デモ：架空のデータです。この申出はどの機関にも送られていません。</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>受付番号</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>送信日時</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>What you reported</source>
            <translation>申し出た内容</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>名義</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>誤りの内容</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>補足</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <translation>確認書類</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>このあとの流れ</translation>
        </message>
        <message>
            <source>The offices that hold these items check them against their records and answer by %1. You can follow the request in Selfcheck under “My requests”.</source>
            <translation>各項目を管理する機関が記録と照合し、%1までに回答します。状況はセルフチェックの「訂正の申出」で確認できます。</translation>
        </message>
        <message>
            <source>Status so far</source>
            <translation>これまでの状況</translation>
        </message>
        <message>
            <source>Made at a municipal counter with staff member</source>
            <translation>市区町村の窓口で受け付けた職員</translation>
        </message>
        <message>
            <source>Approved by staff member</source>
            <translation>承認した職員</translation>
        </message>
        <message>
            <source>Who to contact</source>
            <translation>お問い合わせ先</translation>
        </message>
        <message>
            <source>My Number general help line 0120-95-0178 (free, weekdays 9:30–20:00). Give your reference number.</source>
            <translation>マイナンバー総合フリーダイヤル 0120-95-0178（無料、平日 9:30〜20:00）。受付番号をお伝えください。</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>What the resident register holds about you. Selfcheck compares every linked item with this. If something here is wrong, ask your municipal office.</source>
            <translation>住民基本台帳に記録されているあなたの情報です。セルフチェックは紐付いた各項目をこの情報と照らし合わせます。ここに誤りがある場合は、市区町村の窓口にお問い合わせください。</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>Address history</source>
            <translation>住所の履歴</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Name in the alphabet</source>
            <translation>ローマ字氏名</translation>
        </message>
        <message>
            <source>Former surnames</source>
            <translation>旧氏</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>通称</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性別</translation>
        </message>
    </context>
    <context>
        <name>RequestsModel</name>
        <message>
            <source>Reference</source>
            <translation>受付番号</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>送信日時</translation>
        </message>
        <message>
            <source>What you reported</source>
            <translation>申し出た内容</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Reply expected by</source>
            <translation>回答予定日</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <source>Hide n&amp;umber</source>
            <translation>番号を隠す(&amp;U)</translation>
        </message>
        <message>
            <source>Show n&amp;umber</source>
            <translation>番号を表示(&amp;U)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>%n 件を %1 に書き出しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>The access log could not be saved there. Choose another folder and try again.</source>
            <translation>その場所にはやりとり履歴を保存できませんでした。別のフォルダーを選んで、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Attach a supporting document</source>
            <translation>確認書類を添付</translation>
        </message>
        <message>
            <source>Photos and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
            <translation>写真と PDF (*.png *.jpg *.jpeg *.pdf);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>控えを保存</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The receipt is printing on %1.</source>
            <translation>控えを %1 で印刷しています。</translation>
        </message>
        <message>
            <source>Receipt saved: %1</source>
            <translation>控えを保存しました：%1</translation>
        </message>
        <message>
            <source>No printer is set up at this counter, so the receipt was not printed. Ask the staff member to set up a printer, or write down the reference number for the resident.</source>
            <translation>この窓口にはプリンターが設定されていないため、控えを印刷できませんでした。職員にプリンターの設定を依頼するか、受付番号を書き留めて住民にお渡しください。</translation>
        </message>
        <message>
            <source>The receipt could not be made: this computer has no Japanese font. Ask your administrator to install one (for example Noto Sans CJK), then try again.</source>
            <translation>控えを作成できませんでした。このコンピューターに日本語フォントがありません。管理者にフォント（例：Noto Sans CJK）のインストールを依頼してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The receipt could not be saved there. Choose another folder and try again.</source>
            <translation>その場所には控えを保存できませんでした。別のフォルダーを選んで、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>サインインしています…</translation>
        </message>
        <message>
            <source>Loading your linked information…</source>
            <translation>連携情報を読み込んでいます…</translation>
        </message>
        <message>
            <source>You have signed out.</source>
            <translation>サインアウトしました。</translation>
        </message>
        <message>
            <source>Your session has ended</source>
            <translation>セッションが終了しました</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) linked to your number.</source>
            <translation>
                <numerusform>マイナンバーに %n 件の情報が紐付いています。</numerusform>
            </translation>
        </message>
        <message>
            <source>Press Reload to try again.</source>
            <translation>「再読み込み」を押してもう一度お試しください。</translation>
        </message>
        <message numerus="yes">
            <source>Selfcheck found %n thing(s) to look at.</source>
            <translation>
                <numerusform>確認してほしい点が %n 件見つかりました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them look wrong.</source>
            <translation>
                <numerusform>そのうち %n 件は誤りと思われます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Your correction request %1 is now: %2.</source>
            <translation>訂正の申出 %1 の状況が「%2」になりました。</translation>
        </message>
        <message>
            <source>Your saved request has been sent. Reference number: %1.</source>
            <translation>保存していた申出を送信しました。受付番号：%1</translation>
        </message>
        <message>
            <source>Approved by staff %1. The request goes on to the offices that hold the items.</source>
            <translation>職員 %1 が承認しました。申出は情報を持つ機関に送られます。</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Check what is linked to your My Number</source>
            <translation>マイナンバーに紐付いた情報を確認する</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>入力内容に問題があります</translation>
        </message>
        <message>
            <source>Could not sign in</source>
            <translation>サインインできませんでした</translation>
        </message>
        <message>
            <source>Put your My Number Card in the card reader and type its 4-digit PIN, which goes to the card only. You will see every bank account, insurance certificate, disability certificate and pension record linked to your number, and you can report anything that is wrong.</source>
            <translation>マイナンバーカードをカードリーダーに挿し、4 桁の暗証番号を入力してください（暗証番号はカードにだけ送られます）。マイナンバーに紐付いた口座・保険証・障害者手帳・年金記録をすべて確認でき、誤りがあれば訂正を申し出られます。</translation>
        </message>
        <message>
            <source>&amp;Back to the counter</source>
            <translation>窓口の画面に戻る(&amp;B)</translation>
        </message>
        <message>
            <source>Back to the counter</source>
            <translation>窓口の画面に戻る</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>サインイン</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>StaffSignInPage</name>
        <message>
            <source>Counter staff sign-in</source>
            <translation>窓口職員のサインイン</translation>
        </message>
        <message>
            <source>Enter your staff ID.</source>
            <translation>職員 ID を入力してください。</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>パスワードを入力してください。</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>サインインしています…</translation>
        </message>
        <message>
            <source>Sign in with your staff ID and password. You then help residents one after another: each resident types their own number and PIN, and everything of a resident is wiped from this computer when their session ends.</source>
            <translation>職員 ID とパスワードでサインインしてください。その後、住民を一人ずつ支援します。マイナンバーと暗証番号は住民ご本人が入力し、対応が終わるとその住民の情報はこのコンピューターからすべて消去されます。</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>入力内容に問題があります</translation>
        </message>
        <message>
            <source>S&amp;taff ID</source>
            <translation>職員 ID(&amp;T)</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>職員 ID</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>パスワード(&amp;W)</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>Demo staff: S-ADACHI-01 with password counter-demo-1, and S-ADACHI-02 with counter-demo-2 (for second approvals).</source>
            <translation>デモの職員：S-ADACHI-01（パスワード counter-demo-1）と S-ADACHI-02（パスワード counter-demo-2、承認用）。</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>サインイン(&amp;S)</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>サインイン</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The disk is full, so Selfcheck cannot save anything: a request that cannot be sent at once is kept only while Selfcheck is open. Free some space (empty the trash, delete large files you no longer need), then restart Selfcheck.</source>
            <translation>ディスクがいっぱいのため、Selfcheck は何も保存できません。すぐに送信できなかった申出は Selfcheck を開いている間だけ保持されます。空き容量を増やして（ごみ箱を空にする、不要な大きいファイルを削除するなど）、Selfcheck を再起動してください。</translation>
        </message>
        <message>
            <source>Selfcheck cannot save anything in its data folder (%1), so it keeps everything in memory until you close it: a request that cannot be sent at once is lost when you close. Ask your administrator to make the folder writable, or start Selfcheck with SELFCHECK_HOME set to a folder you can write to.</source>
            <translation>Selfcheck はデータフォルダー（%1）に保存できないため、閉じるまですべてをメモリー上に保持します。すぐに送信できなかった申出は、閉じると失われます。管理者にフォルダーへの書き込みを許可してもらうか、書き込めるフォルダーを SELFCHECK_HOME に指定して Selfcheck を起動してください。</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1〜%2</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>%1〜</translation>
        </message>
        <message>
            <source>Benefit bank account</source>
            <translation>公金受取口座</translation>
        </message>
        <message>
            <source>Health insurance</source>
            <translation>健康保険</translation>
        </message>
        <message>
            <source>Disability certificates</source>
            <translation>障害者手帳</translation>
        </message>
        <message>
            <source>Pension records</source>
            <translation>年金記録</translation>
        </message>
        <message>
            <source>Self-service (online)</source>
            <translation>本人（オンライン）</translation>
        </message>
        <message>
            <source>Municipal counter</source>
            <translation>市区町村の窓口</translation>
        </message>
        <message>
            <source>Insurer</source>
            <translation>保険者</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>金融機関</translation>
        </message>
        <message>
            <source>Pension office</source>
            <translation>年金事務所</translation>
        </message>
        <message>
            <source>This is not mine</source>
            <translation>自分のものではない</translation>
        </message>
        <message>
            <source>The details are wrong</source>
            <translation>内容が誤っている</translation>
        </message>
        <message>
            <source>It is no longer valid</source>
            <translation>すでに無効になっている</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>For example, a family member's account or another person's record.</source>
            <translation>例：家族の口座、別人の記録など。</translation>
        </message>
        <message>
            <source>It is yours, but a name, date or number is wrong.</source>
            <translation>自分のものだが、氏名・日付・番号などが誤っている。</translation>
        </message>
        <message>
            <source>For example, insurance from a job you have left.</source>
            <translation>例：退職した勤め先の健康保険など。</translation>
        </message>
        <message>
            <source>Tell us in the note what is wrong.</source>
            <translation>何が誤っているかを補足に書いてください。</translation>
        </message>
        <message>
            <source>Waiting for a second staff member's approval</source>
            <translation>別の職員の承認待ち</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受付済み</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>確認中</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>訂正済み</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>訂正せず</translation>
        </message>
        <message>
            <source>Who approves it: a second staff member of the municipality's counter, not %1 who helped you. Until then it is kept at the service and not yet sent to the offices that hold the items. If your session ends first, nothing is lost: the counter can still approve it, and you can follow it under “My requests”. Once approved, the answer is due by %2. If it still says waiting after a few days, ask at the counter with your reference number %3.</source>
            <translation>承認するのは：市区町村窓口のもう一人の職員です（対応した %1 以外）。承認されるまでは申出はサービスに保管され、情報を持つ機関にはまだ送られません。先に対応が終了しても申出は失われません。窓口で承認でき、「訂正の申出」で状況を確認できます。承認後の回答期限は %2 です。数日たっても承認待ちのままの場合は、受付番号 %3 を窓口でお伝えください。</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女性</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男性</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>記載なし</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>照会</translation>
        </message>
        <message>
            <source>Provided</source>
            <translation>提供</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>支店</translation>
        </message>
        <message>
            <source>Account type</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>口座番号</translation>
        </message>
        <message>
            <source>Insurer number</source>
            <translation>保険者番号</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>記号</translation>
        </message>
        <message>
            <source>Member number</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>手帳番号</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Basic pension number</source>
            <translation>基礎年金番号</translation>
        </message>
        <message>
            <source>Record number</source>
            <translation>記録番号</translation>
        </message>
        <message>
            <source>Enter your My Number.</source>
            <translation>マイナンバーを入力してください。</translation>
        </message>
        <message>
            <source>Your My Number must contain only digits. Spaces and hyphens are fine.</source>
            <translation>マイナンバーは数字だけで入力してください。スペースやハイフンはあってもかまいません。</translation>
        </message>
        <message>
            <source>Your My Number has 12 digits. Check that none is missing or extra.</source>
            <translation>マイナンバーは 12 桁です。足りない数字や余分な数字がないか確認してください。</translation>
        </message>
        <message>
            <source>This My Number is not valid: one of the digits is probably mistyped. Check it against your card.</source>
            <translation>このマイナンバーは正しくありません。どこかの数字の入力を間違えている可能性があります。カードと見比べてください。</translation>
        </message>
        <message>
            <source>Enter your 4-digit PIN.</source>
            <translation>4 桁の暗証番号を入力してください。</translation>
        </message>
        <message>
            <source>The PIN has exactly 4 digits (the user certificate PIN of your card).</source>
            <translation>暗証番号は 4 桁の数字です（カードの利用者証明用電子証明書の暗証番号）。</translation>
        </message>
        <message>
            <source>Choose what is wrong with this item.</source>
            <translation>この項目の何が誤っているかを選んでください。</translation>
        </message>
        <message>
            <source>The note is too long: shorten it to 1,000 characters or fewer.</source>
            <translation>補足が長すぎます。1,000 文字以内にしてください。</translation>
        </message>
        <message>
            <source>Something went wrong inside Selfcheck. Try again; if it keeps happening, restart the app. Nothing you typed was sent.</source>
            <translation>セルフチェックの内部で問題が起きました。もう一度お試しください。繰り返し起きる場合はアプリを再起動してください。入力した内容は送信されていません。</translation>
        </message>
        <message>
            <source>Your card is locked after 3 wrong PINs. It cannot be unlocked in this app: take the card and a photo ID (driving licence, passport or residence card) to the residents' counter of your city, ward, town or village office. The staff unlock it there and you choose a new PIN.</source>
            <translation>暗証番号を 3 回間違えたため、カードがロックされています。このアプリではロックを解除できません。カードと顔写真付きの本人確認書類（運転免許証・パスポート・在留カードなど）を持って、お住まいの市区町村役場の住民窓口へお越しください。窓口でロックを解除し、新しい暗証番号を設定します。</translation>
        </message>
        <message>
            <source>This is not a file (it may be a folder or a device). Choose the photo or PDF itself.</source>
            <translation>これはファイルではありません（フォルダーや装置の可能性があります）。写真または PDF のファイルそのものを選んでください。</translation>
        </message>
        <message>
            <source>The file is damaged or not really a PNG, JPEG or PDF: it cannot be opened. Take the photo again or save the page as PDF again.</source>
            <translation>ファイルが壊れているか、実際には PNG・JPEG・PDF ではないため開けません。写真を撮り直すか、もう一度 PDF として保存してください。</translation>
        </message>
        <message>
            <source>The picture is too large (more than 40 megapixels). Take it again at a lower resolution.</source>
            <translation>画像が大きすぎます（4000 万画素を超えています）。解像度を下げて撮り直してください。</translation>
        </message>
        <message>
            <source>Your session has ended. Sign in again; what you have marked is kept.</source>
            <translation>セッションが終了しました。もう一度サインインしてください。選んだ内容は保存されています。</translation>
        </message>
        <message>
            <source>Cannot reach the government service. Check your internet connection and try again.</source>
            <translation>行政のサービスに接続できません。インターネット接続を確認して、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The government service is not answering. Try again in a few minutes.</source>
            <translation>行政のサービスから応答がありません。数分後にもう一度お試しください。</translation>
        </message>
        <message>
            <source>The government service sent an answer Selfcheck cannot read. Try again later; if it keeps happening, contact the help desk.</source>
            <translation>行政のサービスから読み取れない応答がありました。しばらくしてからもう一度お試しください。繰り返し起きる場合はヘルプデスクにご連絡ください。</translation>
        </message>
        <message>
            <source>Too many sign-in attempts in a short time. Wait a minute, then try again.</source>
            <translation>短い時間にサインインが何度も試されました。1 分ほど待ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The government service has a problem right now. Try again in a few minutes.</source>
            <translation>行政のサービスで問題が起きています。数分後にもう一度お試しください。</translation>
        </message>
        <message>
            <source>That item is no longer linked to your number. Reload the list.</source>
            <translation>その項目はすでにマイナンバーに紐付いていません。一覧を読み込み直してください。</translation>
        </message>
        <message>
            <source>The staff ID or the password is wrong. Check both and try again.</source>
            <translation>職員 ID またはパスワードが違います。両方を確認して、もう一度お試しください。</translation>
        </message>
        <message>
            <source>This staff account is locked after too many wrong passwords. Ask your administrator to unlock it.</source>
            <translation>パスワードを何度も間違えたため、この職員アカウントはロックされています。管理者に解除を依頼してください。</translation>
        </message>
        <message>
            <source>A different staff member must approve: the one who helped the resident cannot approve their own request.</source>
            <translation>別の職員が承認してください。住民を支援した職員は、自分が受け付けた申出を承認できません。</translation>
        </message>
        <message>
            <source>Nothing can be sent before the resident has confirmed that this is them.</source>
            <translation>住民がご本人であることを確認するまでは、何も送信できません。</translation>
        </message>
        <message>
            <source>This is not allowed for this session. End the session and start again.</source>
            <translation>この対応ではこの操作はできません。対応を終了して、始めからやり直してください。</translation>
        </message>
        <message>
            <source>This request was already sent with different answers. Check your requests before sending again.</source>
            <translation>この申出は別の内容ですでに送信されています。送信し直す前に申出の一覧を確認してください。</translation>
        </message>
        <message>
            <source>The government service did not accept this. Check your answers and try again.</source>
            <translation>行政のサービスが受け付けませんでした。内容を確認して、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>送信しています…</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>未送信</translation>
        </message>
        <message>
            <source>Not sent: the service refused it. Check the items and send a new request.</source>
            <translation>未送信：サービスが受け付けませんでした。内容を確認して、新しく申し出てください。</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>Waiting to send: the service could not be reached. It is sent by itself when the service answers.</source>
            <translation>送信待ち：サービスに接続できませんでした。サービスが応答すると自動で送信されます。</translation>
        </message>
        <message>
            <source>The file is larger than 5 MB. Take a smaller photo, or save the page as a smaller PDF.</source>
            <translation>ファイルが 5 MB を超えています。小さめの写真を撮るか、小さい PDF として保存してください。</translation>
        </message>
        <message>
            <source>The file is not a PNG, JPEG or PDF (whatever its name says). Take a photo or save it as PDF.</source>
            <translation>ファイルが PNG・JPEG・PDF ではありません（ファイル名にかかわらず中身で判断します）。写真を撮るか PDF で保存してください。</translation>
        </message>
        <message>
            <source>The file cannot be read. Check that it still exists and is not open in another program.</source>
            <translation>ファイルを読み込めません。ファイルがあるか、ほかのプログラムで開いていないか確認してください。</translation>
        </message>
        <message>
            <source>The file is empty. Choose the photo or PDF again.</source>
            <translation>ファイルが空です。写真や PDF を選び直してください。</translation>
        </message>
        <message>
            <source>You can attach up to 3 documents. Remove one first.</source>
            <translation>添付できる書類は 3 つまでです。先に外してください。</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock a locked card</source>
            <translation>ロックされたカードを解除</translation>
        </message>
        <message>
            <source>Put the resident's locked card in the counter's card reader first.</source>
            <translation>先に、ロックされた住民のカードを窓口のカードリーダーに挿してください。</translation>
        </message>
        <message>
            <source>Check the resident's photo ID first, then tick this box.</source>
            <translation>先に写真付き本人確認書類で本人確認をしてから、このチェックを入れてください。</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same new PIN twice.</source>
            <translation>2 つの暗証番号が一致しません。同じ新しい暗証番号を 2 回入力してください。</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>ロックを解除しています…</translation>
        </message>
        <message>
            <source>There is a problem</source>
            <translation>入力内容に問題があります</translation>
        </message>
        <message>
            <source>1. Staff: check the resident's photo ID and put their locked card in the counter's reader.</source>
            <translation>1. 職員：写真付き本人確認書類で本人確認をし、ロックされたカードを窓口のカードリーダーに挿してください。</translation>
        </message>
        <message>
            <source>I have &amp;checked the resident's identity with a photo ID</source>
            <translation>写真付き本人確認書類で本人確認をしました(&amp;C)</translation>
        </message>
        <message>
            <source>I have checked the resident's identity with a photo ID</source>
            <translation>写真付き本人確認書類で本人確認をしました</translation>
        </message>
        <message>
            <source>2. Resident: choose a new 4-digit PIN and type it twice. Staff, please look away.</source>
            <translation>2. 住民の方へ：新しい 4 桁の暗証番号を決めて、2 回入力してください。職員は画面から目をそらしてください。</translation>
        </message>
        <message>
            <source>New &amp;PIN (4 digits)</source>
            <translation>新しい暗証番号（4 桁）(&amp;P)</translation>
        </message>
        <message>
            <source>New PIN (4 digits)</source>
            <translation>新しい暗証番号（4 桁）</translation>
        </message>
        <message>
            <source>&amp;Repeat the new PIN</source>
            <translation>新しい暗証番号をもう一度(&amp;R)</translation>
        </message>
        <message>
            <source>Repeat the new PIN</source>
            <translation>新しい暗証番号をもう一度</translation>
        </message>
        <message>
            <source>Un&amp;lock the card</source>
            <translation>カードのロックを解除(&amp;L)</translation>
        </message>
        <message>
            <source>Unlock the card</source>
            <translation>カードのロックを解除する</translation>
        </message>
        <message>
            <source>&amp;Back to the counter</source>
            <translation>窓口の画面に戻る(&amp;B)</translation>
        </message>
        <message>
            <source>Back to the counter</source>
            <translation>窓口の画面に戻る</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>WhyDialog</name>
        <message>
            <source>Item: %1</source>
            <translation>項目：%1</translation>
        </message>
        <message>
            <source>Why Selfcheck found this</source>
            <translation>見つかった理由</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>重要度</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>見つかった点</translation>
        </message>
        <message>
            <source>The item</source>
            <translation>対象の項目</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>問題となる理由</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>見比べる</translation>
        </message>
        <message>
            <source>Evidence, side by side</source>
            <translation>根拠の比較</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>すること</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Re&amp;port this…</source>
            <translation>申し出る(&amp;P)…</translation>
        </message>
        <message>
            <source>Report this item as wrong</source>
            <translation>この項目を誤りとして申し出る</translation>
        </message>
    </context>
</TS>
