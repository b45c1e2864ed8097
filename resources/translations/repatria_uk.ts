<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/app.py" line="269"/>
        <source>Database schema</source>
        <translation>Схема бази даних</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="275"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>AgreementOverview</name>
    <message>
        <location filename="../../views/lists/overview.py" line="40"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="40"/>
        <source>Phase</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="40"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="40"/>
        <source>Versions</source>
        <translation>Версій</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="40"/>
        <source>List ID</source>
        <translation>ID списку</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="48"/>
        <source>Lists of this agreement (double-click one to open it):</source>
        <translation>Списки цієї домовленості (двічі клацніть, щоб відкрити):</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="62"/>
        <location filename="../../views/lists/overview.py" line="111"/>
        <source>theirs</source>
        <translation>їхній</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="62"/>
        <location filename="../../views/lists/overview.py" line="111"/>
        <source>ours</source>
        <translation>наш</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="85"/>
        <source>under {0} on {1}</source>
        <translation>молодші {0} років на {1}</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="90"/>
        <source>all-for-all</source>
        <translation>«всіх на всіх»</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="90"/>
        <source>civilian</source>
        <translation>цивільні</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="96"/>
        <source>mediator</source>
        <translation>посередник</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="87"/>
        <location filename="../../views/lists/overview.py" line="89"/>
        <location filename="../../views/lists/overview.py" line="104"/>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="104"/>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="107"/>
        <source>Criteria v{0}: {1}</source>
        <translation>Критерії в.{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="109"/>
        <source>Phase {0}: {1} {2}</source>
        <translation>Етап {0}: {1} {2}</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="112"/>
        <source>fulfilled {0}</source>
        <translation>виконано {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/overview.py" line="112"/>
        <source>due {0}</source>
        <translation>строк {0}</translation>
    </message>
</context>
<context>
    <name>AnteMortemTab</name>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="81"/>
        <source>Add reference sample…</source>
        <translation>Додати зразок родича…</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="168"/>
        <source>the whole date it was collected, like 2025-03-25</source>
        <translation>повна дата, коли зібрано, напр. 2025-03-25</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="46"/>
        <source>Amputations</source>
        <translation>Ампутації</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="148"/>
        <source>Ante-mortem data collected on {0}.</source>
        <translation>Прижиттєві дані зібрано {0}.</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="144"/>
        <source>Before the identification board: remains case {0}.</source>
        <translation>На розгляді ідентифікаційної комісії: справа останків {0}.</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="39"/>
        <source>Build</source>
        <translation>Статура</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="44"/>
        <source>Clothing last worn</source>
        <translation>Одяг, у якому бачили востаннє</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="37"/>
        <source>Collected from (who told us)</source>
        <translation>Від кого отримано</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="36"/>
        <location filename="../../views/remains/ante_mortem.py" line="200"/>
        <source>Collected on</source>
        <translation>Дата збору</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="194"/>
        <source>DNA reference sample</source>
        <translation>Зразок ДНК родича</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="98"/>
        <source>DNA reference samples from relatives</source>
        <translation>Зразки ДНК родичів</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="95"/>
        <source>Dental chart from the dentist&apos;s records</source>
        <translation>Зубна формула за записами стоматолога</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="48"/>
        <source>Dental records (where kept, dentist)</source>
        <translation>Стоматологічні записи (де зберігаються, лікар)</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="45"/>
        <source>Effects carried</source>
        <translation>Речі при собі</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="41"/>
        <source>Eye colour</source>
        <translation>Колір очей</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="40"/>
        <source>Hair</source>
        <translation>Волосся</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="138"/>
        <source>Identified: remains case {0}, decided on {1}, death certificate {2}.</source>
        <translation>Ідентифіковано: справа останків {0}, рішення від {1}, свідоцтво про смерть {2}.</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="73"/>
        <source>Lab</source>
        <translation>Лабораторія</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="199"/>
        <source>Laboratory</source>
        <translation>Лабораторія</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="42"/>
        <source>Last seen at</source>
        <translation>Востаннє бачили в</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="43"/>
        <source>Last seen on</source>
        <translation>Востаннє бачили (дата)</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="47"/>
        <source>Medical history</source>
        <translation>Медичні дані</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="83"/>
        <source>Correct the relative…</source>
        <translation>Виправити родича…</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="150"/>
        <source>No identification of remains.</source>
        <translation>Ідентифікації останків немає.</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="180"/>
        <location filename="../../views/remains/ante_mortem.py" line="183"/>
        <location filename="../../views/remains/ante_mortem.py" line="222"/>
        <location filename="../../views/remains/ante_mortem.py" line="251"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="238"/>
        <source>Relative who gave sample {0}</source>
        <translation>Родич, який дав зразок {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="49"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="73"/>
        <location filename="../../views/remains/ante_mortem.py" line="198"/>
        <location filename="../../views/remains/ante_mortem.py" line="239"/>
        <source>Relationship</source>
        <translation>Спорідненість</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="73"/>
        <source>Relative</source>
        <translation>Родич</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="197"/>
        <location filename="../../views/remains/ante_mortem.py" line="239"/>
        <source>Relative&apos;s name</source>
        <translation>Ім&apos;я родича</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="73"/>
        <source>Sample</source>
        <translation>Зразок</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="196"/>
        <source>Sample number</source>
        <translation>Номер зразка</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="78"/>
        <source>Save ante-mortem data</source>
        <translation>Зберегти прижиттєві дані</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="117"/>
        <source>Save the person first.</source>
        <translation>Спершу збережіть особу.</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="187"/>
        <location filename="../../views/remains/ante_mortem.py" line="254"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="38"/>
        <source>Stature, cm</source>
        <translation>Зріст, см</translation>
    </message>
    <message>
        <location filename="../../views/remains/ante_mortem.py" line="73"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../views/common/attachments_tab.py" line="48"/>
        <source>Drop photos and documents here, or add them with the button.</source>
        <translation>Перетягніть сюди фото й документи або додайте їх кнопкою.</translation>
    </message>
    <message>
        <location filename="../../views/common/attachments_tab.py" line="49"/>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <location filename="../../views/common/attachments_tab.py" line="51"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../../views/common/attachments_tab.py" line="53"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../../views/common/attachments_tab.py" line="93"/>
        <source>Attach files</source>
        <translation>Додати файли</translation>
    </message>
    <message>
        <location filename="../../views/common/attachments_tab.py" line="123"/>
        <source>Adding files</source>
        <translation>Додавання файлів</translation>
    </message>
    <message>
        <location filename="../../views/common/attachments_tab.py" line="104"/>
        <source>Adding {0} file(s)…</source>
        <translation>Додавання файлів: {0}…</translation>
    </message>
    <message>
        <location filename="../../views/common/attachments_tab.py" line="114"/>
        <source>{0} file(s) added.</source>
        <translation>Додано файлів: {0}.</translation>
    </message>
</context>
<context>
    <name>BoardQueue</name>
    <message>
        <location filename="../../views/remains/board.py" line="42"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="204"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="279"/>
        <source>Case {0} — {1} ({2})</source>
        <translation>Справа {0} — {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="227"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="206"/>
        <source>Conclusion</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="41"/>
        <source>Decided</source>
        <translation>Вирішені</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="300"/>
        <source>Decided on {0}; certificate {1}</source>
        <translation>Рішення від {0}; свідоцтво {1}</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="194"/>
        <source>Identification board</source>
        <translation>Ідентифікаційна комісія</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="207"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="276"/>
        <source>No proposals here.</source>
        <translation>Пропозицій немає.</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="330"/>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="317"/>
        <source>Not signed</source>
        <translation>Не підписано</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="339"/>
        <source>Not withdrawn</source>
        <translation>Не відкликано</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="225"/>
        <source>Open the person</source>
        <translation>Відкрити особу</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="205"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="280"/>
        <source>Proposed {0} by {1}: {2}, {3}</source>
        <translation>Подано {0}, {1}: {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="337"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="220"/>
        <source>Record the decision…</source>
        <translation>Записати рішення…</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="229"/>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="208"/>
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="289"/>
        <source>Signatures ({0} of {1} required):</source>
        <translation>Підписи ({0} з {1} потрібних):</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="217"/>
        <source>Sign…</source>
        <translation>Підписати…</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="209"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="40"/>
        <source>Waiting for the board</source>
        <translation>Чекають на комісію</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="337"/>
        <source>Withdraw the proposal</source>
        <translation>Відкликати пропозицію</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="223"/>
        <source>Withdraw…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="292"/>
        <source>approves</source>
        <translation>за</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="292"/>
        <source>objects</source>
        <translation>проти</translation>
    </message>
</context>
<context>
    <name>BuildListDialog</name>
    <message>
        <location filename="../../views/lists/dialogs.py" line="361"/>
        <source>Build our list</source>
        <translation>Скласти наш список</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="386"/>
        <source>Build</source>
        <translation>Скласти</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="381"/>
        <source>Agreement:</source>
        <translation>Домовленість:</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="382"/>
        <source>Phase:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="368"/>
        <source>no phase</source>
        <translation>без етапу</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="383"/>
        <source>Persons:</source>
        <translation>Особи:</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="377"/>
        <source>only persons who meet the agreed criteria</source>
        <translation>лише особи, що відповідають узгодженим критеріям</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="77"/>
        <source>Bundle {0} from {1} is missing: ask for it again.</source>
        <translation>Бракує пакета {0} від {1}: попросіть надіслати його ще раз.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="80"/>
        <source>Bundles {0}–{1} from {2} are missing: ask for them again.</source>
        <translation>Бракує пакетів {0}–{1} від {2}: попросіть надіслати їх ще раз.</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="34"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="76"/>
        <source>Candidates</source>
        <translation>Кандидати</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="44"/>
        <source>Compare AM / PM…</source>
        <translation>Порівняти AM / PM…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="34"/>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="103"/>
        <source>No missing person shares any evidence with this case yet.</source>
        <translation>Поки жодна зникла особа не має спільних доказів із цією справою.</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="110"/>
        <source>Identified by the board as {0} ({1}): first below, with the decision and the DNA result.</source>
        <translation>Комісія ідентифікувала як {0} ({1}): перший нижче, з рішенням і результатом ДНК.</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="34"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="48"/>
        <source>Propose to the board…</source>
        <translation>Подати на комісію…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="53"/>
        <source>Rank again</source>
        <translation>Переранжувати</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="72"/>
        <source>Ranking the missing persons…</source>
        <translation>Ранжування зниклих осіб…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="148"/>
        <source>Reason (kept with the case)</source>
        <translation>Причина (зберігається у справі)</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="147"/>
        <source>Reject {0}</source>
        <translation>Відхилити: {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="60"/>
        <source>Rejected candidates and the reasons</source>
        <translation>Відхилені кандидати та причини</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="46"/>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="51"/>
        <source>Restore rejected</source>
        <translation>Повернути відхиленого</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="34"/>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/candidates.py" line="99"/>
        <source>{0} persons sought compared (missing, captured, or dead and not yet identified); the best {1} shown, best first. ✗ marks an exclusion.</source>
        <translation>Порівняно осіб, яких шукають (зниклих, полонених, загиблих і ще не ідентифікованих): {0}; показано найкращих {1}, від найкращого. ✗ позначає виключення.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../views/remains/case_editor.py" line="280"/>
        <source>Saved at {0}.</source>
        <translation>Збережено о {0}.</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="130"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="24"/>
        <source>A body part</source>
        <translation>Частина тіла</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="32"/>
        <source>Age from</source>
        <translation>Вік від</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="33"/>
        <source>Age to</source>
        <translation>Вік до</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="37"/>
        <source>Amputations</source>
        <translation>Ампутації</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="31"/>
        <source>Apparent sex</source>
        <translation>Стать (вірогідна)</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="18"/>
        <source>Bag or label number</source>
        <translation>Номер мішка або бирки</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="17"/>
        <source>Batch</source>
        <translation>Партія</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="58"/>
        <source>Candidates</source>
        <translation>Кандидати</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="16"/>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="39"/>
        <source>Cause of death</source>
        <translation>Причина смерті</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="132"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="43"/>
        <source>Clothing</source>
        <translation>Одяг</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="61"/>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="28"/>
        <source>Commingled remains</source>
        <translation>Змішані останки</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="21"/>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="57"/>
        <source>Custody</source>
        <translation>Зберігання</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="56"/>
        <source>DNA</source>
        <translation>ДНК</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="142"/>
        <source>Death certificate…</source>
        <translation>Свідоцтво про смерть…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="54"/>
        <source>Dental</source>
        <translation>Зуби</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="53"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="41"/>
        <source>Documents found</source>
        <translation>Знайдені документи</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="52"/>
        <source>Examination</source>
        <translation>Обстеження</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="23"/>
        <source>Fingerprints taken</source>
        <translation>Відбитки пальців зняті</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="36"/>
        <source>Hair</source>
        <translation>Волосся</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="40"/>
        <source>ID tags found</source>
        <translation>Знайдені жетони</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="59"/>
        <source>Identification</source>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="140"/>
        <source>Identification report…</source>
        <translation>Звіт про ідентифікацію…</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="38"/>
        <source>Injuries</source>
        <translation>Травми</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="55"/>
        <source>Marks and implants</source>
        <translation>Прикмети та імпланти</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="274"/>
        <location filename="../../views/remains/case_editor.py" line="298"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="44"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="26"/>
        <source>Part of the individual (case number)</source>
        <translation>Частина тіла особи (номер справи)</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="42"/>
        <source>Personal effects</source>
        <translation>Особисті речі</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="60"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="27"/>
        <source>Possibly the other side&apos;s</source>
        <translation>Можливо, іншої сторони</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="20"/>
        <source>Recovery date</source>
        <translation>Дата виявлення</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="19"/>
        <source>Recovery place</source>
        <translation>Місце виявлення</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="230"/>
        <source>Remains case</source>
        <translation>Справа останків</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="319"/>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="34"/>
        <source>Stature from, cm</source>
        <translation>Зріст від, см</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="35"/>
        <source>Stature to, cm</source>
        <translation>Зріст до, см</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="22"/>
        <source>Storage place</source>
        <translation>Місце зберігання</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="347"/>
        <source>This case has changes that are not saved.</source>
        <translation>У справі є незбережені зміни.</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="135"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="346"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../views/common/remains_fields.py" line="25"/>
        <source>Which part</source>
        <translation>Яка частина</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="228"/>
        <source>new case</source>
        <translation>нова справа</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_editor.py" line="241"/>
        <source>no case numbered {0!r}</source>
        <translation>немає справи з номером {0!r}</translation>
    </message>
</context>
<context>
    <name>CaseThreadsTab</name>
    <message>
        <location filename="../../views/remains/case_tabs/letters.py" line="33"/>
        <source>New thread about this case…</source>
        <translation>Нове листування щодо справи…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/letters.py" line="44"/>
        <source>Remains case {0}</source>
        <translation>Справа останків {0}</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../views/remains/model.py" line="29"/>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="24"/>
        <source>Batch</source>
        <translation>Партія</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="23"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="38"/>
        <source>DNA result</source>
        <translation>є результат ДНК</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="37"/>
        <source>DNA sampled</source>
        <translation>взято ДНК</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="31"/>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="32"/>
        <source>Identified as</source>
        <translation>Ідентифіковано як</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="26"/>
        <source>Recovered</source>
        <translation>Виявлено</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="27"/>
        <source>Recovery place</source>
        <translation>Місце виявлення</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="28"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="25"/>
        <source>Stage</source>
        <translation>Стадія</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="30"/>
        <source>Storage</source>
        <translation>Зберігання</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="39"/>
        <source>before the board</source>
        <translation>на розгляді комісії</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="113"/>
        <source>commingled</source>
        <translation>змішані</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="36"/>
        <source>examined</source>
        <translation>обстежено</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="41"/>
        <source>handed over</source>
        <translation>передано родині</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="40"/>
        <source>identified</source>
        <translation>ідентифіковано</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="111"/>
        <source>possibly the other side&apos;s</source>
        <translation>можливо, іншої сторони</translation>
    </message>
    <message>
        <location filename="../../views/remains/model.py" line="35"/>
        <source>received</source>
        <translation>отримано</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../views/office/log_viewer.py" line="56"/>
        <source>Change log</source>
        <translation>Журнал змін</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="63"/>
        <source>every kind of record</source>
        <translation>усі види записів</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="66"/>
        <source>every user</source>
        <translation>усі користувачі</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="69"/>
        <source>record or person ID</source>
        <translation>ідентифікатор запису або особи</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="71"/>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="93"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="81"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="101"/>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="102"/>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="103"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="104"/>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="105"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="106"/>
        <source>About</source>
        <translation>Стосується</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="112"/>
        <source>Copy the record&apos;s ID</source>
        <translation>Копіювати ідентифікатор запису</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="126"/>
        <source>Show {0} more</source>
        <translation>Показати ще {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="128"/>
        <source>Verify the chain</source>
        <translation>Перевірити ланцюжок</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="131"/>
        <source>Recompute every event&apos;s hash: any event altered, removed or inserted outside the app is found</source>
        <translation>Перерахувати хеш кожної події: буде знайдено будь-яку подію, змінену, вилучену чи вставлену поза програмою</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="168"/>
        <source>«{0}» is not an ID: IDs look like 01a22e09-72a5-764a-bc00-8439df6254ee</source>
        <translation>«{0}» — не ідентифікатор: ідентифікатори мають вигляд 01a22e09-72a5-764a-bc00-8439df6254ee</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="191"/>
        <source>Reading the log…</source>
        <translation>Читаємо журнал…</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="226"/>
        <source>{0} of {1} events shown</source>
        <translation>Показано {0} з {1} подій</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="228"/>
        <source>No event matches these filters.</source>
        <translation>Жодна подія не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="248"/>
        <source>{0} {1} by {2}, {3} UTC · event {4} · record {5}</source>
        <translation>{0}: {1}, {2}, {3} UTC · подія {4} · запис {5}</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="261"/>
        <source>Verifying every event of the chain…</source>
        <translation>Перевіряємо кожну подію ланцюжка…</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="270"/>
        <source>The chain is intact: {0} events from {1} office(s), none altered, removed or inserted.</source>
        <translation>Ланцюжок цілий: подій — {0}, офісів — {1}; жодної не змінено, не вилучено й не вставлено.</translation>
    </message>
    <message>
        <location filename="../../views/office/log_viewer.py" line="276"/>
        <source>The chain is broken at {0}. Tell the office&apos;s administrator.</source>
        <translation>Ланцюжок порушено на {0}. Повідомте адміністратора офісу.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../views/remains/comparison.py" line="57"/>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="48"/>
        <source>Ante mortem: {0} ({1})</source>
        <translation>За життя: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="158"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="73"/>
        <source>Clothing</source>
        <translation>Одяг</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="111"/>
        <source>Dental chart in life (AM)</source>
        <translation>Зубна формула за життя (AM)</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="112"/>
        <source>Dental chart of the remains (PM)</source>
        <translation>Зубна формула останків (PM)</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="127"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="127"/>
        <source>Evidence</source>
        <translation>Доказ</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="146"/>
        <source>Evidence for and against</source>
        <translation>Докази за і проти</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="62"/>
        <source>Hair</source>
        <translation>Волосся</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="69"/>
        <source>Implants</source>
        <translation>Імпланти</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="76"/>
        <source>Last seen / recovered</source>
        <translation>Востаннє бачили / виявлено</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="64"/>
        <source>Marks</source>
        <translation>Прикмети</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="88"/>
        <source>Medical history</source>
        <translation>Медичні дані</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="152"/>
        <source>Open the person</source>
        <translation>Відкрити особу</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="120"/>
        <source>Outlines: green concordant, amber explainable (dental work after the record), orange inconsistent, red excluding.</source>
        <translation>Рамки: зелена — збіг, жовта — пояснювана розбіжність (лікування після запису), помаранчева — суперечність, червона — виключення.</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="49"/>
        <source>Post mortem: case {0}</source>
        <translation>Після смерті: справа {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="156"/>
        <source>Propose to the board…</source>
        <translation>Подати на комісію…</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="154"/>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="74"/>
        <source>Service number / ID tags</source>
        <translation>Особистий номер / жетони</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="55"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="61"/>
        <source>Stature, cm</source>
        <translation>Зріст, см</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="136"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="127"/>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="58"/>
        <source>born {0}</source>
        <translation>народився {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="138"/>
        <source>excluded</source>
        <translation>виключено</translation>
    </message>
    <message>
        <location filename="../../views/remains/comparison.py" line="46"/>
        <source>{0} and case {1}</source>
        <translation>{0} і справа {1}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/persons/dialogs.py" line="144"/>
        <source>Changed by someone else</source>
        <translation>Змінено іншим користувачем</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="159"/>
        <source>This person was changed and saved by someone else while you were editing.</source>
        <translation>Поки ви редагували, цю особу змінив і зберіг інший користувач.</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="161"/>
        <source>Their changes to {0} are kept.</source>
        <translation>Їхні зміни полів {0} збережено.</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="165"/>
        <source>Both of you changed the fields below: choose which value to keep.</source>
        <translation>Поля нижче змінили ви обоє: виберіть, яке значення залишити.</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="157"/>
        <source>Your version</source>
        <translation>Ваша версія</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="157"/>
        <source>Their version</source>
        <translation>Їхня версія</translation>
    </message>
</context>
<context>
    <name>ConflictValues</name>
    <message>
        <location filename="../../views/office/conflict_values.py" line="32"/>
        <source>Take which value?</source>
        <translation>Яке значення взяти?</translation>
    </message>
    <message>
        <location filename="../../views/office/conflict_values.py" line="45"/>
        <source>Resolve the conflict</source>
        <translation>Розв’язати конфлікт</translation>
    </message>
</context>
<context>
    <name>CorrespondencePage</name>
    <message>
        <location filename="../../views/correspondence/page.py" line="400"/>
        <source>Close the thread &quot;{0}&quot;? It leaves the open threads and no reply is awaited any more; it stays under &quot;All threads&quot;.</source>
        <translation>Закрити листування «{0}»? Воно зникне з відкритих, і відповіді більше не чекатимуть; його буде видно в «Усі листування».</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="404"/>
        <source>Close the thread</source>
        <translation>Закрити листування</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="115"/>
        <source>Print / Export PDF</source>
        <translation>Друк / експорт у PDF</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="117"/>
        <source>The thread&apos;s log and every letter, as a PDF (Ctrl+P)</source>
        <translation>Журнал листування і всі листи у PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="45"/>
        <source>Open threads</source>
        <translation>Відкриті листування</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="46"/>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="47"/>
        <source>All threads</source>
        <translation>Усі листування</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="68"/>
        <source>Find letters by number, subject or a name in them…</source>
        <translation>Пошук листів за номером, темою чи іменем…</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="71"/>
        <source>New thread…</source>
        <translation>Нове листування…</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="73"/>
        <source>Counterparties…</source>
        <translation>Адресати…</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="83"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="84"/>
        <source>Counterparty</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="85"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="86"/>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="87"/>
        <source>Waiting, days</source>
        <translation>Очікування, днів</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="88"/>
        <source>Overdue, days</source>
        <translation>Прострочено, днів</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="103"/>
        <source>Register reply…</source>
        <translation>Зареєструвати відповідь…</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="105"/>
        <source>New letter…</source>
        <translation>Новий лист…</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="107"/>
        <source>Save draft</source>
        <translation>Зберегти чернетку</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="109"/>
        <location filename="../../views/correspondence/page.py" line="347"/>
        <source>Mark as sent</source>
        <translation>Позначити як надісланий</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="205"/>
        <source>Thread ID</source>
        <translation>ID листування</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="334"/>
        <source>Draft saved at {0}.</source>
        <translation>Чернетку збережено о {0}.</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="342"/>
        <source>Mark the letter &quot;{0}&quot; to {1} as sent today?

It gets the next number of our outgoing letters, and its text is frozen: a sent letter is never edited, only corrected by a new letter. The thread then waits for the reply.</source>
        <translation>Позначити лист «{0}» до {1} як надісланий сьогодні?

Лист отримає наступний номер наших вихідних листів, а його текст буде зафіксовано: надісланий лист ніколи не змінюють, лише виправляють новим листом. Після цього листування чекатиме на відповідь.</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="111"/>
        <location filename="../../views/correspondence/page.py" line="404"/>
        <source>Close thread</source>
        <translation>Закрити листування</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="113"/>
        <source>Attach scan…</source>
        <translation>Додати скан…</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="227"/>
        <source>Attached: {0}</source>
        <translation>Додано: {0}</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="364"/>
        <source>Attach scans to the letter</source>
        <translation>Скани до листа</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="386"/>
        <source>Attaching scans…</source>
        <translation>Додавання сканів…</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="200"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="232"/>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/page.py" line="93"/>
        <source>No thread here. A new thread (with a letter) starts the correspondence.</source>
        <translation>Тут немає листувань. Нове листування (з листом) починає обмін листами.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <location filename="../../views/common/correspondence_tab.py" line="25"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../views/common/correspondence_tab.py" line="25"/>
        <source>Counterparty</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../views/common/correspondence_tab.py" line="25"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../views/common/correspondence_tab.py" line="25"/>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location filename="../../views/common/correspondence_tab.py" line="25"/>
        <source>Waiting, days</source>
        <translation>Очікування, днів</translation>
    </message>
</context>
<context>
    <name>CounterpartiesDialog</name>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="145"/>
        <source>Counterparties</source>
        <translation>Адресати</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="146"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="146"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="153"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
</context>
<context>
    <name>CustodyTab</name>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="28"/>
        <source>Add transfer…</source>
        <translation>Додати передачу…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="25"/>
        <location filename="../../views/remains/case_tabs/custody.py" line="57"/>
        <source>By whom</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="32"/>
        <source>Every transfer of the remains, in order. Transfers are only added, never edited.</source>
        <translation>Кожна передача останків по черзі. Передачі лише додаються й ніколи не змінюються.</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="25"/>
        <location filename="../../views/remains/case_tabs/custody.py" line="54"/>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="77"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="25"/>
        <location filename="../../views/remains/case_tabs/custody.py" line="58"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="25"/>
        <location filename="../../views/remains/case_tabs/custody.py" line="55"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="52"/>
        <source>Transfer of custody</source>
        <translation>Передача на зберігання</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="25"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="56"/>
        <source>When (YYYY-MM-DD HH:MM)</source>
        <translation>Коли (РРРР-ММ-ДД ГГ:ХХ)</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/custody.py" line="77"/>
        <source>When: write it as 2025-06-14 09:30</source>
        <translation>Коли: запишіть як 2025-06-14 09:30</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../views/persons/dashboard.py" line="65"/>
        <source>Print / Export PDF</source>
        <translation>Друк / експорт у PDF</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="67"/>
        <source>Registry statistics with charts, as a PDF (Ctrl+P)</source>
        <translation>Статистика реєстру з діаграмами у PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="113"/>
        <location filename="../../views/persons/dashboard.py" line="122"/>
        <source>Registry statistics</source>
        <translation>Статистика реєстру</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="130"/>
        <source>{0} persons in the registry</source>
        <translation>У реєстрі осіб: {0}</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="77"/>
        <source>Persons by status</source>
        <translation>Особи за статусом</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="78"/>
        <source>Health of the captured and returned</source>
        <translation>Стан здоров&apos;я полонених і повернутих</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="79"/>
        <source>Captures and returns per month</source>
        <translation>Полонення і повернення за місяцями</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="80"/>
        <source>Recent changes</source>
        <translation>Останні зміни</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="81"/>
        <source>No news for over six months</source>
        <translation>Без новин понад пів року</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="57"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="57"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="57"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="57"/>
        <source>What changed</source>
        <translation>Що змінено</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="58"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="58"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="58"/>
        <source>Last news</source>
        <translation>Останні відомості</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="154"/>
        <source>persons</source>
        <translation>осіб</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="180"/>
        <source>captured</source>
        <translation>потрапили в полон</translation>
    </message>
    <message>
        <location filename="../../views/persons/dashboard.py" line="181"/>
        <source>returned</source>
        <translation>повернулися</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../views/remains/board.py" line="156"/>
        <source>Check it before recording: the decision is recorded once.</source>
        <translation>Перевірте перед записом: рішення записують один раз.</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="160"/>
        <source>Record the decision</source>
        <translation>Записати рішення</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="149"/>
        <source>Date of death:</source>
        <translation>Дата смерті:</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="183"/>
        <source>Date of death: {0}</source>
        <translation>Дата смерті: {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="148"/>
        <source>Death certificate number:</source>
        <translation>Номер свідоцтва про смерть:</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="146"/>
        <source>Decided on:</source>
        <translation>Дата рішення:</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="178"/>
        <source>Decided on: write the date as YYYY-MM-DD</source>
        <translation>Дата рішення: запишіть як РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="133"/>
        <source>Decision: case {0}, {1}</source>
        <translation>Рішення: справа {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="150"/>
        <source>Place of death:</source>
        <translation>Місце смерті:</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="154"/>
        <source>The candidate will be excluded for this case, with the board&apos;s evidence as the reason.</source>
        <translation>Кандидата буде виключено для цієї справи; причина — докази комісії.</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="152"/>
        <source>The person will be recorded as deceased, with this date and place of death.</source>
        <translation>Особу буде записано як загиблу з цими датою і місцем смерті.</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="141"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>DentalChart</name>
    <message>
        <location filename="../../views/remains/dental_chart.py" line="73"/>
        <source>Dental chart</source>
        <translation>Зубна формула</translation>
    </message>
    <message>
        <location filename="../../views/remains/dental_chart.py" line="186"/>
        <source>Not charted</source>
        <translation>Не оглянуто</translation>
    </message>
    <message>
        <location filename="../../views/remains/dental_chart.py" line="181"/>
        <source>Tooth {0}</source>
        <translation>Зуб {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/dental_chart.py" line="233"/>
        <source>Tooth {0}: {1}. Keys: {2}; Del clears; arrows move</source>
        <translation>Зуб {0}: {1}. Клавіші: {2}; Del очищає; стрілки переміщують</translation>
    </message>
    <message>
        <location filename="../../views/remains/dental_chart.py" line="127"/>
        <source>left</source>
        <translation>ліва</translation>
    </message>
    <message>
        <location filename="../../views/remains/dental_chart.py" line="232"/>
        <source>not charted</source>
        <translation>не оглянуто</translation>
    </message>
    <message>
        <location filename="../../views/remains/dental_chart.py" line="125"/>
        <source>right</source>
        <translation>права</translation>
    </message>
</context>
<context>
    <name>DentalTab</name>
    <message>
        <location filename="../../views/remains/case_tabs/dental.py" line="17"/>
        <source>Click a tooth or move with the arrow keys; type P present, F filled, C crowned, R root canal, B bridge, I implant, D decayed, M missing (lost in life), X missing post mortem, U cannot be charted; Del clears. Right-click for the list. Ctrl+Z undoes.</source>
        <translation>Клацніть зуб або рухайтеся стрілками; клавіші: P наявний, F пломба, C коронка, R лікований канал, B міст, I імплант, D карієс, M відсутній (втрачений за життя), X втрачений посмертно, U неможливо оглянути; Del очищає. Правий клік — список. Ctrl+Z скасовує.</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../views/lists/dialogs.py" line="324"/>
        <source>Version {0} against version {1}</source>
        <translation>Версія {0} порівняно з версією {1}</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="325"/>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="325"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="325"/>
        <source>Line</source>
        <translation>Рядок списку</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="328"/>
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="329"/>
        <source>removed</source>
        <translation>вилучено</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="334"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="343"/>
        <source>{0} added, {1} removed, {2} changed</source>
        <translation>додано {0}, вилучено {1}, змінено {2}</translation>
    </message>
</context>
<context>
    <name>DnaTab</name>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="43"/>
        <source>A new sample in place of the selected one, which failed</source>
        <translation>Новий зразок замість вибраного, який не вдався</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="40"/>
        <source>Add sample…</source>
        <translation>Додати зразок…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="34"/>
        <source>Collected</source>
        <translation>Відібрано</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="92"/>
        <source>Collected on</source>
        <translation>Дата відбору</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="128"/>
        <source>DNA result for {0}</source>
        <translation>Результат ДНК для {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="32"/>
        <source>Lab</source>
        <translation>Лабораторія</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="91"/>
        <location filename="../../views/remains/case_tabs/dna.py" line="132"/>
        <source>Laboratory</source>
        <translation>Лабораторія</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="131"/>
        <source>Likelihood ratio</source>
        <translation>Відношення правдоподібності</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="88"/>
        <source>New DNA sample</source>
        <translation>Новий зразок ДНК</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="35"/>
        <source>Re-sample of</source>
        <translation>Повторний зразок для</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="88"/>
        <source>Re-sample of {0}</source>
        <translation>Повторний зразок для {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="42"/>
        <source>Re-sample…</source>
        <translation>Повторний зразок…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="50"/>
        <source>Record a result…</source>
        <translation>Записати результат…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="130"/>
        <source>Reference sample number</source>
        <translation>Номер зразка родича</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="133"/>
        <source>Reported on</source>
        <translation>Дата звіту</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="36"/>
        <source>Results</source>
        <translation>Результати</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="31"/>
        <source>Sample</source>
        <translation>Зразок</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="90"/>
        <source>Sample number</source>
        <translation>Номер зразка</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="48"/>
        <source>Set status</source>
        <translation>Змінити статус</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="33"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="53"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/dna.py" line="51"/>
        <source>The laboratory&apos;s likelihood ratio for the selected sample and a reference sample</source>
        <translation>Відношення правдоподібності від лабораторії для вибраного зразка і зразка родича</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../views/persons/dialogs.py" line="41"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="45"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="45"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="45"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="45"/>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="45"/>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="66"/>
        <source>Open the selected person</source>
        <translation>Відкрити вибрану особу</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="69"/>
        <source>Create a new person anyway</source>
        <translation>Усе одно створити нову особу</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="76"/>
        <source>These persons are already recorded and may be the one you are entering:</source>
        <translation>Ці особи вже є в реєстрі, і одна з них може бути тією, кого ви вносите:</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../views/lists/entry.py" line="42"/>
        <source>Row {0}: {1}</source>
        <translation>Рядок {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="70"/>
        <source>Row {0}</source>
        <translation>Рядок {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="72"/>
        <source>row {0} in the file</source>
        <translation>рядок {0} у файлі</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="57"/>
        <source>born</source>
        <translation>народився(-лася)</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="58"/>
        <source>Registry says</source>
        <translation>Реєстр каже</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="59"/>
        <source>Read as</source>
        <translation>Прочитано як</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="63"/>
        <source>Candidates in the registry</source>
        <translation>Кандидати в реєстрі</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="64"/>
        <source>No one in the registry is compatible.</source>
        <translation>У реєстрі немає сумісних осіб.</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="60"/>
        <source>score</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="65"/>
        <source>Criteria</source>
        <translation>Критерії</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="24"/>
        <source>met</source>
        <translation>виконано</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="25"/>
        <source>not met</source>
        <translation>не виконано</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="26"/>
        <source>cannot be judged</source>
        <translation>неможливо оцінити</translation>
    </message>
    <message>
        <location filename="../../views/lists/entry.py" line="66"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/app.py" line="320"/>
        <source>no person with the external id {person!r}</source>
        <translation>немає особи з зовнішнім id {person!r}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="364"/>
        <source>could not write the screenshot to {target}</source>
        <translation>не вдалося записати знімок екрана до {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lists.py" line="32"/>
        <source>{file}: not a JSON document ({detail})</source>
        <translation>{file}: це не документ JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lists.py" line="35"/>
        <source>{file}: expected a JSON object</source>
        <translation>{file}: очікувався об&apos;єкт JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lists.py" line="107"/>
        <source>no agreement with id {agreement} (repatria agreements list shows them)</source>
        <translation>немає угоди з id {agreement} (їх показує repatria agreements list)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office.py" line="70"/>
        <source>--persons must not be negative</source>
        <translation>--persons не може бути від&apos;ємним</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office.py" line="274"/>
        <location filename="../../models/office/info.py" line="48"/>
        <source>give the printed head as EVENT_ID:HASH, at least 16 hex digits of hash</source>
        <translation>вкажіть надрукований стан журналу як EVENT_ID:HASH, щонайменше 16 шістнадцяткових цифр хешу</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/remains.py" line="46"/>
        <source>name one CASE_NUMBER, or --all</source>
        <translation>назвіть один CASE_NUMBER або --all</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/remains.py" line="48"/>
        <source>--limit must be at least 1</source>
        <translation>--limit має бути не менше 1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/remains.py" line="138"/>
        <source>name either --case (a sample of remains) or --person (a reference sample)</source>
        <translation>укажіть або --case (зразок останків), або --person (референтний зразок)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/remains.py" line="144"/>
        <source>--collected {value!r} is not a date: write it as YYYY-MM-DD</source>
        <translation>--collected {value!r} — не дата: напишіть її як РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop/facades/lists.py" line="147"/>
        <source>no exchange day has been recorded for this list&apos;s phase yet</source>
        <translation>для етапу цього списку ще не записано жодного дня обміну</translation>
    </message>
    <message>
        <location filename="../../desktop/printouts/persons.py" line="23"/>
        <source>no person with the record id {external_id!r}</source>
        <translation>немає особи з ідентифікатором запису {external_id!r}</translation>
    </message>
    <message>
        <location filename="../../desktop/printouts/remains.py" line="271"/>
        <source>case {case_number} has no identification decided by the board</source>
        <translation>у справі {case_number} немає ідентифікації, ухваленої комісією</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="41"/>
        <source>say who you are: --user NAME (or REPATRIA_USER)</source>
        <translation>зазначте, хто ви: --user ІМ&apos;Я (або REPATRIA_USER)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="52"/>
        <source>no password: set REPATRIA_PASSWORD or run in a terminal to be asked</source>
        <translation>немає пароля: задайте REPATRIA_PASSWORD або запустіть у терміналі, щоб його запитали</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="56"/>
        <location filename="../../desktop/settings.py" line="70"/>
        <source>the passwords differ</source>
        <translation>паролі не збігаються</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="66"/>
        <source>no new password: set REPATRIA_NEW_PASSWORD or run in a terminal to be asked</source>
        <translation>немає нового пароля: задайте REPATRIA_NEW_PASSWORD або запустіть у терміналі, щоб його запитали</translation>
    </message>
    <message>
        <location filename="../../models/core/attachments.py" line="44"/>
        <source>files cannot be attached to {owner_entity!r}</source>
        <translation>до {owner_entity!r} не можна додавати файли</translation>
    </message>
    <message>
        <location filename="../../models/core/attachments.py" line="54"/>
        <source>{filename} is {size_mib:,.0f} MiB; the limit is {limit_mib} MiB</source>
        <translation>{filename} має розмір {size_mib:,.0f} МіБ; граничний розмір — {limit_mib} МіБ</translation>
    </message>
    <message>
        <location filename="../../models/core/attachments.py" line="97"/>
        <location filename="../../models/core/attachments.py" line="119"/>
        <source>no attachment with id {attachment_id}</source>
        <translation>немає вкладення з id {attachment_id}</translation>
    </message>
    <message>
        <location filename="../../models/core/attachments.py" line="103"/>
        <source>the attached file {attachment_id} is not the file that was attached (its content no longer matches its SHA-256): it was changed outside the app. Restore it from a backup, and tell headquarters</source>
        <translation>прикріплений файл {attachment_id} — не той файл, що його прикріпили (вміст більше не відповідає його SHA-256): його змінили в обхід застосунку. Відновіть його з резервної копії й повідомте штаб</translation>
    </message>
    <message>
        <location filename="../../models/core/common.py" line="30"/>
        <source>{user_name} ({role}) may not do this: needs {needed} or higher</source>
        <translation>{user_name} ({role}) не має права на цю дію: потрібна роль {needed} або вища</translation>
    </message>
    <message>
        <location filename="../../models/core/common.py" line="62"/>
        <location filename="../../models/lists/agreements.py" line="129"/>
        <location filename="../../models/persons/assign.py" line="62"/>
        <location filename="../../models/persons/csv_file.py" line="134"/>
        <location filename="../../models/remains/files.py" line="335"/>
        <location filename="../../models/remains/files.py" line="432"/>
        <source>is required</source>
        <translation>обов&apos;язкове поле</translation>
    </message>
    <message>
        <location filename="../../models/core/common.py" line="67"/>
        <source>is {length} characters long; at most {max_len} fit</source>
        <translation>містить {length} символів; допускається щонайбільше {max_len}</translation>
    </message>
    <message>
        <location filename="../../models/core/common.py" line="76"/>
        <source>contains control characters or line breaks</source>
        <translation>містить керівні символи або розриви рядків</translation>
    </message>
    <message>
        <location filename="../../models/core/common.py" line="87"/>
        <source>{value} is in the future</source>
        <translation>{value} — дата в майбутньому</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="33"/>
        <location filename="../../models/persons/csv_file.py" line="76"/>
        <source>is not UTF-8 text (byte 0x{byte:02x} cannot be decoded)</source>
        <translation>не є текстом UTF-8 (байт 0x{byte:02x} не вдається декодувати)</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="47"/>
        <location filename="../../models/persons/csv_file.py" line="300"/>
        <source>{name} is {size_mib:,.0f} MiB; the limit is {limit_mib} MiB</source>
        <translation>{name} має розмір {size_mib:,.0f} МіБ; граничний розмір — {limit_mib} МіБ</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="69"/>
        <location filename="../../models/persons/csv_file.py" line="183"/>
        <source>is {mib:,.0f} MiB; the limit is {limit_mib} MiB</source>
        <translation>має розмір {mib:,.0f} МіБ; граничний розмір — {limit_mib} МіБ</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="84"/>
        <source>contains NUL bytes: not a text file</source>
        <translation>містить байти NUL: це не текстовий файл</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="94"/>
        <location filename="../../models/persons/csv_file.py" line="201"/>
        <source>cannot be read: {detail}</source>
        <translation>не вдається прочитати: {detail}</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="98"/>
        <location filename="../../models/persons/csv_file.py" line="206"/>
        <source>is empty: expected a header row</source>
        <translation>порожній: очікувався рядок заголовків</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="106"/>
        <location filename="../../models/persons/csv_file.py" line="215"/>
        <source>the column {column!r} is missing</source>
        <translation>бракує стовпця {column!r}</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="114"/>
        <source>unknown column {column!r} (expected {known})</source>
        <translation>невідомий стовпець {column!r} (очікувалися: {known})</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="123"/>
        <location filename="../../models/persons/csv_file.py" line="224"/>
        <source>the column {column!r} appears more than once</source>
        <translation>стовпець {column!r} трапляється більше одного разу</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="136"/>
        <location filename="../../models/persons/csv_file.py" line="240"/>
        <source>is not valid CSV here: {detail}</source>
        <translation>тут не є коректним CSV: {detail}</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="145"/>
        <source>has {cell_count} fields; the header has {name_count}</source>
        <translation>містить полів: {cell_count}; у заголовку їх {name_count}</translation>
    </message>
    <message>
        <location filename="../../models/core/csv_table.py" line="157"/>
        <location filename="../../models/persons/csv_file.py" line="261"/>
        <source>is longer than {max_field_chars} characters</source>
        <translation>довше за {max_field_chars} символів</translation>
    </message>
    <message>
        <location filename="../../models/core/dates.py" line="215"/>
        <source>{text!r}: {second!r} is not a month</source>
        <translation>{text!r}: {second!r} не є місяцем</translation>
    </message>
    <message>
        <location filename="../../models/core/dates.py" line="230"/>
        <source>{text!r} is not a date: neither {a} nor {b} can be the month</source>
        <translation>{text!r} не є датою: ні {a}, ні {b} не може бути місяцем</translation>
    </message>
    <message>
        <location filename="../../models/core/dates.py" line="245"/>
        <source>{text!r}: {month!r} is not a month</source>
        <translation>{text!r}: {month!r} не є місяцем</translation>
    </message>
    <message>
        <location filename="../../models/core/dates.py" line="256"/>
        <source>{text!r} is not a date this importer reads (dd.mm.yyyy, yyyy-mm-dd, d/m/yy, mm.yyyy, yyyy, or with the month in words)</source>
        <translation>{text!r} — дата у форматі, який цей імпорт не читає (дд.мм.рррр, рррр-мм-дд, д/м/рр, мм.рррр, рррр або з місяцем словами)</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="371"/>
        <source>{path} is a folder, not a Repatria database</source>
        <translation>{path} — це тека, а не база даних Repatria</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="382"/>
        <source>{path} cannot be read ({detail})</source>
        <translation>{path} неможливо прочитати ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="386"/>
        <source>{path} is empty: not a Repatria database (restore it from a backup, or create one)</source>
        <translation>{path} порожній: це не база даних Repatria (відновіть її з резервної копії або створіть нову)</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="393"/>
        <source>{path} is a plain SQLite file, not an encrypted Repatria database</source>
        <translation>{path} — звичайний файл SQLite, а не зашифрована база даних Repatria</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="79"/>
        <source>a restore onto {path} was stopped before it ended: run the same restore again. The database that was there before is kept as {kept} (with its .keys file)</source>
        <translation>відновлення в {path} зупинилося, не завершившись: запустіть те саме відновлення ще раз. База даних, яка була там раніше, збережена як {kept} (разом із файлом .keys)</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="538"/>
        <source>{path}: the header of the log of its last saves ({log}) is damaged, and opening the database would silently drop the {count} save(s) in it. Nothing was changed. Keep a copy of both files for headquarters; then restore from a backup (`repatria restore`), or move {log} aside to open the database without those saves</source>
        <translation>{path}: заголовок журналу останніх збережень ({log}) пошкоджено, і відкриття бази непомітно відкинуло б збереження в ньому ({count}). Нічого не змінено. Збережіть копію обох файлів для штабу; потім відновіть базу з резервної копії (`repatria restore`) або перемістіть {log} в інше місце, щоб відкрити базу без цих збережень</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="551"/>
        <source>{path}: the log of its last saves ({log}) is damaged at frame {frame}, and opening the database would silently drop the {count} save(s) written after it. Nothing was changed. Keep a copy of both files for headquarters; then restore from a backup (`repatria restore`), or move {log} aside to open the database without those saves</source>
        <translation>{path}: журнал останніх збережень ({log}) пошкоджено в кадрі {frame}, і відкриття бази непомітно відкинуло б збереження, записані після нього ({count}). Нічого не змінено. Збережіть копію обох файлів для штабу; потім відновіть базу з резервної копії (`repatria restore`) або перемістіть {log} в інше місце, щоб відкрити базу без цих збережень</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="674"/>
        <source>{path} could not be written ({detail}): nothing was changed. Free some space on its disk (or check the disk) and try again</source>
        <translation>{path} не вдалося записати ({detail}): нічого не змінено. Звільніть місце на диску (або перевірте диск) і спробуйте ще раз</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="685"/>
        <source>{path} is damaged ({detail}): `repatria check` names the damaged pages; restore the database from a backup (`repatria restore`)</source>
        <translation>{path} пошкоджено ({detail}): `repatria check` назве пошкоджені сторінки; відновіть базу даних із резервної копії (`repatria restore`)</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="755"/>
        <source>the key slot of {user!r} opens another database</source>
        <translation>ключовий слот {user!r} відкриває іншу базу даних</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="765"/>
        <location filename="../../models/core/db.py" line="1093"/>
        <source>the user {user!r} is disabled in this database</source>
        <translation>користувача {user!r} у цій базі даних вимкнено</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="780"/>
        <source>a key slot for {user!r} exists already</source>
        <translation>ключовий слот для {user!r} вже існує</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="787"/>
        <source>{user_name} ({role}) may not reset passwords</source>
        <translation>{user_name} ({role}) не має права скидати паролі</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="792"/>
        <source>no key slot for {name!r}</source>
        <translation>немає ключового слота для {name!r}</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="258"/>
        <location filename="../../models/core/db.py" line="262"/>
        <location filename="../../models/core/db.py" line="282"/>
        <location filename="../../models/core/db.py" line="884"/>
        <source>{path} already exists; refusing to overwrite a database</source>
        <translation>{path} вже існує; перезаписувати базу даних не буде зроблено</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="215"/>
        <source>another program kept writing to the database for {minutes} minutes (an import, a list check, or the app of another clerk): nothing was changed; try again when it has finished</source>
        <translation>інша програма записувала до бази даних {minutes} хв (імпорт, перевірка списку або застосунок іншого працівника): нічого не змінено; спробуйте ще раз, коли вона завершить</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="73"/>
        <source>a restore onto {path} was stopped before it ended: run the same restore again</source>
        <translation>відновлення в {path} зупинилося, не завершившись: запустіть те саме відновлення ще раз</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="290"/>
        <source>{log} holds the last saves of a database that was at {path} and is gone: a new database there would take them for its own. Move {log} aside (keep it if that database matters), then run again</source>
        <translation>{log} містить останні збереження бази, що була в {path} і зникла: нова база там прийняла б їх за свої. Перемістіть {log} деінде (збережіть його, якщо та база важлива) і запустіть знову</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="374"/>
        <source>{path} is not a file (a pipe or a device), not a Repatria database</source>
        <translation>{path} — не файл (канал чи пристрій), а не база Repatria</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="475"/>
        <source>{path}: the log of last saves beside it does not belong to it (another database&apos;s, or another copy&apos;s): replayed, it would have damaged the database for good. It was moved aside as {aside} and nothing else was changed: open the database again to work with it as of its last complete save</source>
        <translation>{path}: журнал останніх збережень поруч із нею не належить їй (він іншої бази або іншої копії): відтворений, він пошкодив би базу назавжди. Його переміщено як {aside}, більше нічого не змінено: відкрийте базу знову, щоб працювати з нею станом на останнє повне збереження</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="822"/>
        <source>{user_name} ({role}) may not set the recovery slot</source>
        <translation>{user_name} ({role}) не може встановлювати слот відновлення</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="837"/>
        <source>no database at {path}</source>
        <translation>немає бази даних за адресою {path}</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="887"/>
        <source>the admin user name must not be empty</source>
        <translation>ім&apos;я користувача-адміністратора не може бути порожнім</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="941"/>
        <source>no database at {path} (create one with `repatria init`)</source>
        <translation>за шляхом {path} немає бази даних (створіть її командою `repatria init`)</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="958"/>
        <source>{path} was made or opened by a newer version of Repatria (its schema is {current}; this version knows up to {head}): open it with that version</source>
        <translation>{path} створено або відкрито новішою версією Repatria (її схема {current}; ця версія знає до {head}): відкрийте її тією версією</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="969"/>
        <source>{path} needs an upgrade (schema {current})</source>
        <translation>{path} потребує оновлення (схема {current})</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="984"/>
        <source>{path}: its tables do not match its schema stamp {current}, so it cannot be upgraded ({detail}); it was changed outside the app: restore it from a backup. Nothing was changed</source>
        <translation>{path}: її таблиці не відповідають позначці схеми {current}, тому її не можна оновити ({detail}); її змінили в обхід застосунку: відновіть її з резервної копії. Нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="1009"/>
        <source>{path} is on a disk or in a folder that cannot be written (a write-protected USB stick?): copy it, with its .keys file, to a folder of this computer first</source>
        <translation>{path} лежить на диску чи в теці, куди не можна записувати (флешка із захистом від запису?): спершу скопіюйте її разом із файлом .keys до теки цього комп’ютера</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="1020"/>
        <source>{path} is held by another program that does not let others read it (an SQLite browser?): close that program, then try again; nothing was changed</source>
        <translation>{path} утримує інша програма, яка не дає іншим її читати (переглядач SQLite?): закрийте ту програму й спробуйте знову; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="1031"/>
        <source>{path} cannot be opened: the disk it is on is full. Free some space there and try again; nothing was changed</source>
        <translation>{path} не вдається відкрити: диск, на якому вона лежить, заповнений. Звільніть там місце й спробуйте ще раз; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="1040"/>
        <source>{path} does not decrypt with the key in {keys} (the password opens that key file): the key file belongs to another database (copied beside it by mistake?), or the database&apos;s first page is damaged</source>
        <translation>{path} не розшифровується ключем із {keys} (пароль відкриває цей файл ключів): файл ключів належить іншій базі (скопійований поруч помилково?), або пошкоджено першу сторінку бази</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="1052"/>
        <source>{path} is damaged ({problems}): it cannot be opened. Restore it from a backup (repatria restore BACKUP --to DB); nothing was changed</source>
        <translation>{path} пошкоджено ({problems}): її не можна відкрити. Відновіть її з резервної копії (repatria restore BACKUP --to DB); нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="1061"/>
        <source>{path} is damaged or is not a Repatria database (the key is right but the file does not decrypt: {detail})</source>
        <translation>{path} пошкоджено або це не база даних Repatria (ключ правильний, але файл не розшифровується: {detail})</translation>
    </message>
    <message>
        <location filename="../../models/core/db.py" line="1082"/>
        <source>the user {user!r} was not made in the app (the change log holds no such account): nothing was opened; an admin runs repatria check, and tells headquarters</source>
        <translation>користувача {user!r} створено не в застосунку (журнал змін не містить такого облікового запису): нічого не відкрито; адміністратор запускає repatria check і повідомляє штаб</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="119"/>
        <source>wrong password</source>
        <translation>неправильний пароль</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="125"/>
        <source>no user named {name!r} in this database</source>
        <translation>у цій базі даних немає користувача з ім&apos;ям {name!r}</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="216"/>
        <source>the key file {path} is missing: without it the database cannot be opened</source>
        <translation>бракує файлу ключів {path}: без нього базу даних не відкрити</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="49"/>
        <source>the key file {path} is damaged ({detail})</source>
        <translation>файл ключів {path} пошкоджено ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="332"/>
        <source>the password must not be empty</source>
        <translation>пароль не може бути порожнім</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="399"/>
        <source>the key slot of {user!r} in {path} is damaged ({detail})</source>
        <translation>ключовий слот {user!r} у {path} пошкоджено ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="363"/>
        <source>the key slot of {user!r} in {path} is damaged</source>
        <translation>ключовий слот {user!r} у {path} пошкоджено</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="429"/>
        <source>{recipient!r} is not an age public key (age1…): {detail}</source>
        <translation>{recipient!r} — не відкритий ключ age (age1…): {detail}</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="467"/>
        <source>{path} has no recovery slot: it was never set (repatria recovery set RECIPIENT)</source>
        <translation>{path} не має слота відновлення: його не встановлювали (repatria recovery set RECIPIENT)</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="484"/>
        <source>the recovery key file is not an age key ({detail})</source>
        <translation>файл ключа відновлення — не ключ age ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="488"/>
        <source>the recovery key file holds no age key (AGE-SECRET-KEY-1…)</source>
        <translation>файл ключа відновлення не містить ключа age (AGE-SECRET-KEY-1…)</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="494"/>
        <source>this recovery key does not open the recovery slot of {path} (it was set for {recipient})</source>
        <translation>цей ключ відновлення не відкриває слот відновлення {path} (його встановлено для {recipient})</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="475"/>
        <location filename="../../models/core/keyslots.py" line="503"/>
        <location filename="../../models/core/keyslots.py" line="516"/>
        <source>the recovery slot in {path} is damaged ({detail})</source>
        <translation>слот відновлення в {path} пошкоджено ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/core/keyslots.py" line="527"/>
        <source>cannot remove the last key slot: the database would be lost</source>
        <translation>не можна вилучити останній ключовий слот: базу даних буде втрачено</translation>
    </message>
    <message>
        <location filename="../../models/core/partial_date.py" line="30"/>
        <source>year {year} is out of range</source>
        <translation>рік {year} поза допустимими межами</translation>
    </message>
    <message>
        <location filename="../../models/core/partial_date.py" line="32"/>
        <source>a day needs a month</source>
        <translation>для дня потрібен місяць</translation>
    </message>
    <message>
        <location filename="../../models/core/partial_date.py" line="34"/>
        <source>month {month} does not exist</source>
        <translation>місяця {month} не існує</translation>
    </message>
    <message>
        <location filename="../../models/core/partial_date.py" line="40"/>
        <source>{year:04d}-{month:02d} has no day {day}</source>
        <translation>у {year:04d}-{month:02d} немає дня {day}</translation>
    </message>
    <message>
        <location filename="../../models/core/partial_date.py" line="52"/>
        <source>{text!r} is not a date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>{text!r} не є датою у форматі РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../models/core/partial_date.py" line="110"/>
        <source>an age of {age} years is not a person&apos;s age</source>
        <translation>{age} років не може бути віком особи</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/service.py" line="29"/>
        <source>{name!r} exists already</source>
        <translation>{name!r} вже існує</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/service.py" line="50"/>
        <source>no such counterparty</source>
        <translation>немає такого кореспондента</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/service.py" line="54"/>
        <source>cannot link a thread to {entity!r}</source>
        <translation>не можна пов&apos;язати листування з {entity!r}</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/service.py" line="93"/>
        <location filename="../../models/correspondence/service.py" line="222"/>
        <location filename="../../models/correspondence/templates.py" line="130"/>
        <source>no thread with id {thread_id}</source>
        <translation>немає листування з id {thread_id}</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/service.py" line="102"/>
        <source>an incoming letter needs the date it was received</source>
        <translation>для вхідного листа потрібна дата його отримання</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/service.py" line="139"/>
        <source>no letter with id {letter_id}</source>
        <translation>немає листа з id {letter_id}</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/service.py" line="147"/>
        <source>{our_reference} was sent and is never edited: register a correction instead</source>
        <translation>{our_reference} надіслано, і його не редагують: зареєструйте виправлення</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/service.py" line="159"/>
        <source>a received letter is kept as it came</source>
        <translation>отриманий лист зберігається таким, яким надійшов</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/service.py" line="306"/>
        <source>no correspondence thread with id {thread_id}</source>
        <translation>немає листування з id {thread_id}</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/templates.py" line="25"/>
        <source>link the thread to a person first: this letter is about one</source>
        <translation>спершу пов&apos;яжіть листування з особою: цей лист стосується особи</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/templates.py" line="50"/>
        <source>no letter has been received in this thread yet</source>
        <translation>у цьому листуванні ще не отримано жодного листа</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/templates.py" line="106"/>
        <source>{name} has no identification recorded</source>
        <translation>для {name} не записано ідентифікації</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/templates.py" line="135"/>
        <source>no template {kind!r}; known: {fillers}</source>
        <translation>немає шаблону {kind!r}; відомі: {fillers}</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="51"/>
        <source>{value!r} is not a date as YYYY-MM-DD</source>
        <translation>{value!r} не є датою у форматі РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="63"/>
        <source>{match!r} is not &apos;any&apos; or &apos;all&apos;</source>
        <translation>{match!r} — не &apos;any&apos; і не &apos;all&apos;</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="67"/>
        <location filename="../../models/lists/agreements.py" line="103"/>
        <source>must be a non-empty list</source>
        <translation>має бути непорожнім списком</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="77"/>
        <source>unknown kind {kind!r}; one of {kinds}</source>
        <translation>невідомий вид {kind!r}; допустимі: {kinds}</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="90"/>
        <source>{age!r} is not an age in years</source>
        <translation>{age!r} не є віком у роках</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="95"/>
        <source>the reference date is required</source>
        <translation>дата відліку обов&apos;язкова</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="112"/>
        <source>unknown {unknown}; known: {allowed}</source>
        <translation>невідомі: {unknown}; відомі: {allowed}</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="137"/>
        <source>must be text</source>
        <translation>має бути текстом</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="164"/>
        <source>no agreement with id {agreement_id}</source>
        <translation>немає угоди з id {agreement_id}</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="212"/>
        <source>phase {number} does not exist: phases count from 1</source>
        <translation>етапу {number} не існує: етапи нумеруються з 1</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="282"/>
        <source>rows {duplicated} appear more than once</source>
        <translation>рядки {duplicated} трапляються більше одного разу</translation>
    </message>
    <message>
        <location filename="../../models/lists/agreements.py" line="393"/>
        <source>a participant needs a person or the name as listed</source>
        <translation>для учасника потрібна особа або ім&apos;я, як у списку</translation>
    </message>
    <message>
        <location filename="../../models/lists/clarification.py" line="66"/>
        <location filename="../../models/lists/diff.py" line="57"/>
        <location filename="../../models/lists/exchange_day.py" line="366"/>
        <location filename="../../models/lists/service.py" line="177"/>
        <location filename="../../models/lists/service.py" line="400"/>
        <source>no list with id {list_id}</source>
        <translation>немає списку з id {list_id}</translation>
    </message>
    <message>
        <location filename="../../models/lists/clarification.py" line="71"/>
        <source>every entry of this list is found and compliant: nothing to clarify</source>
        <translation>усі записи цього списку знайдено, і вони відповідають критеріям: уточнювати нічого</translation>
    </message>
    <message>
        <location filename="../../models/lists/diff.py" line="48"/>
        <source>the list {list_id} has no version {number}</source>
        <translation>у списку {list_id} немає версії {number}</translation>
    </message>
    <message>
        <location filename="../../models/lists/exchange_day.py" line="112"/>
        <source>{count} of the returned persons are not in the registry</source>
        <translation>{count} з осіб, що повернулися, немає в реєстрі</translation>
    </message>
    <message>
        <location filename="../../models/lists/exchange_day.py" line="206"/>
        <source>say why the exchange is reversed</source>
        <translation>зазначте, чому обмін скасовується</translation>
    </message>
    <message>
        <location filename="../../models/lists/exchange_day.py" line="211"/>
        <location filename="../../models/lists/exchange_day.py" line="309"/>
        <source>no exchange with id {exchange_id}</source>
        <translation>немає обміну з id {exchange_id}</translation>
    </message>
    <message>
        <location filename="../../models/lists/exchange_day.py" line="278"/>
        <source>{name} ({external_id}) is recorded as deceased; a reason is needed to mark this person as came home</source>
        <translation>{name} ({external_id}) за реєстром значиться померлим; щоб позначити, що ця особа повернулася додому, потрібна підстава</translation>
    </message>
    <message>
        <location filename="../../models/lists/exchange_day.py" line="283"/>
        <source>{name} ({external_id}) is recorded as already returned; a reason is needed to mark this person as came home</source>
        <translation>{name} ({external_id}) за реєстром уже значиться таким, що повернувся; щоб позначити, що ця особа повернулася додому, потрібна підстава</translation>
    </message>
    <message>
        <location filename="../../models/lists/grid.py" line="67"/>
        <source>has no sheet named {name!r}; its sheets: {names}</source>
        <translation>не має аркуша з назвою {name!r}; його аркуші: {names}</translation>
    </message>
    <message>
        <location filename="../../models/lists/grid.py" line="78"/>
        <source>has no cells with data on any sheet</source>
        <translation>не має клітинок з даними на жодному аркуші</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="78"/>
        <source>is a damaged zip archive ({error_type}: {detail})</source>
        <translation>пошкоджений zip-архів ({error_type}: {detail})</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="89"/>
        <source>is protected with a password (LibreOffice: File → Save As → Save with password); ask the sender for a copy without the password, or open it with the password and save it again</source>
        <translation>захищений паролем (LibreOffice: Файл → Зберегти як → Зберегти з паролем); попросіть відправника надіслати копію без пароля або відкрийте файл з паролем і збережіть його знову</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="128"/>
        <source>is an OpenDocument file without content.xml; it is damaged</source>
        <translation>файл OpenDocument без content.xml; його пошкоджено</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="133"/>
        <source>is an OpenDocument spreadsheet that cannot be read ({error_type}: {detail})</source>
        <translation>електронна таблиця OpenDocument, яку не вдається прочитати ({error_type}: {detail})</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="139"/>
        <source>has no sheet named {name!r}; its sheets: {titles}</source>
        <translation>не має аркуша з назвою {name!r}; його аркуші: {titles}</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="172"/>
        <source>is an OpenDocument spreadsheet that cannot be read</source>
        <translation>електронна таблиця OpenDocument, яку не вдається прочитати</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="215"/>
        <source>cell {column_letter}{number} holds {length:,} characters</source>
        <translation>клітинка {column_letter}{number} містить {length:,} символів</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="223"/>
        <source>sheet {name!r} is wider than a list can be</source>
        <translation>аркуш {name!r} ширший, ніж може бути список</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="241"/>
        <location filename="../../models/lists/sheet.py" line="614"/>
        <source>sheet {name!r} is larger than a list can be</source>
        <translation>аркуш {name!r} більший, ніж може бути список</translation>
    </message>
    <message>
        <location filename="../../models/lists/ods.py" line="249"/>
        <source>sheet {name!r} has more than {max_rows:,} rows with data</source>
        <translation>аркуш {name!r} має понад {max_rows:,} рядків з даними</translation>
    </message>
    <message>
        <location filename="../../models/lists/outgoing.py" line="69"/>
        <source>select at most {max_outgoing:,} persons for one list</source>
        <translation>виберіть для одного списку не більше ніж {max_outgoing:,} осіб</translation>
    </message>
    <message>
        <location filename="../../models/lists/outgoing.py" line="135"/>
        <source>version {version} is locked already</source>
        <translation>версію {version} вже заблоковано</translation>
    </message>
    <message>
        <location filename="../../models/lists/outgoing.py" line="161"/>
        <source>{fmt!r} is not csv or xlsx</source>
        <translation>{fmt!r} — не csv і не xlsx</translation>
    </message>
    <message>
        <location filename="../../models/lists/reader.py" line="148"/>
        <source>no header row found in the first rows: expected columns such as ПІБ / ФИО / Full name, Прізвище / Фамилия / Surname, Дата народження / Дата рождения / Date of birth. The first rows read: {rows}. No column holds persons&apos; names: is this a list of persons at all (not a summary table)?</source>
        <translation>у перших рядках не знайдено рядка заголовків: очікувалися стовпці на кшталт ПІБ / ФИО / Full name, Прізвище / Фамилия / Surname, Дата народження / Дата рождения / Date of birth. Перші рядки: {rows}. Жоден стовпець не містить імен осіб: чи це взагалі список осіб (а не зведена таблиця)?</translation>
    </message>
    <message>
        <location filename="../../models/lists/reader.py" line="159"/>
        <source>no header row found in the first rows: expected columns such as ПІБ / ФИО / Full name, Прізвище / Фамилия / Surname, Дата народження / Дата рождения / Date of birth. The first rows read: {rows}. Name the columns yourself, for example: lists import … --columns {columns}</source>
        <translation>у перших рядках не знайдено рядка заголовків: очікувалися стовпці на кшталт ПІБ / ФИО / Full name, Прізвище / Фамилия / Surname, Дата народження / Дата рождения / Date of birth. Перші рядки: {rows}. Назвіть стовпці самі, наприклад: lists import … --columns {columns}</translation>
    </message>
    <message>
        <location filename="../../models/lists/reader.py" line="314"/>
        <source>{name!r} is not a field ({fields})</source>
        <translation>{name!r} не є полем ({fields})</translation>
    </message>
    <message>
        <location filename="../../models/lists/reader.py" line="328"/>
        <source>{where!r} is neither a column letter nor a header of this file</source>
        <translation>{where!r} не є ні літерою стовпця, ні заголовком цього файлу</translation>
    </message>
    <message>
        <location filename="../../models/lists/reader.py" line="385"/>
        <source>unknown fields {unknown}</source>
        <translation>невідомі поля {unknown}</translation>
    </message>
    <message>
        <location filename="../../models/lists/reader.py" line="389"/>
        <source>a column must hold the full name or the surname</source>
        <translation>стовпець має містити повне ім&apos;я або прізвище</translation>
    </message>
    <message>
        <location filename="../../models/lists/reader.py" line="432"/>
        <source>cell {column_letter}{number} has bytes that are not UTF-8 ({text!r}): the file was damaged on the way; ask for it again</source>
        <translation>клітинка {column_letter}{number} містить байти, що не є UTF-8 ({text!r}): файл пошкоджено під час передавання; попросіть надіслати його ще раз</translation>
    </message>
    <message>
        <location filename="../../models/lists/reader.py" line="668"/>
        <source>{month!r} is not a month</source>
        <translation>{month!r} не є місяцем</translation>
    </message>
    <message>
        <location filename="../../models/lists/reader.py" line="675"/>
        <source>the date of birth in three columns ({day} | {month} | {year}): {detail}</source>
        <translation>дата народження у трьох стовпцях ({day} | {month} | {year}): {detail}</translation>
    </message>
    <message>
        <location filename="../../models/lists/service.py" line="647"/>
        <source>no list entry with id {entry_id}</source>
        <translation>немає запису списку з id {entry_id}</translation>
    </message>
    <message>
        <location filename="../../models/lists/service.py" line="652"/>
        <source>version {version} was submitted and is locked: import or build a new version instead</source>
        <translation>версію {version} подано, і її заблоковано: імпортуйте або створіть нову версію</translation>
    </message>
    <message>
        <location filename="../../models/lists/service.py" line="665"/>
        <source>no such person in the registry</source>
        <translation>такої особи немає в реєстрі</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="83"/>
        <source>is {size_mib:,.0f} MiB; the limit is {limit_mib} MiB</source>
        <translation>має розмір {size_mib:,.0f} МіБ; граничний розмір — {limit_mib} МіБ</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="88"/>
        <source>is empty</source>
        <translation>порожній</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="92"/>
        <source>is encrypted with a password (Excel: File → Info → Protect Workbook → Encrypt with Password); ask the sender for a copy without the password, or open it in Excel with the password and save it again</source>
        <translation>зашифрований паролем (Excel: Файл → Відомості → Захистити книгу → Зашифрувати з паролем); попросіть відправника надіслати копію без пароля або відкрийте файл у Excel з паролем і збережіть його знову</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="104"/>
        <source>is named {filename} but is not a spreadsheet workbook (no XLSX, XLS or ODS inside)</source>
        <translation>має назву {filename}, але не є книгою електронних таблиць (всередині немає XLSX, XLS чи ODS)</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="204"/>
        <source>is not text in any encoding Cyrillic lists are written in (UTF-8, Windows-1251, DOS 866 …)</source>
        <translation>не є текстом у жодному з кодувань, якими пишуть кириличні списки (UTF-8, Windows-1251, DOS 866 …)</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="211"/>
        <source>is not in a known encoding: read as UTF-8, Windows-1251, DOS 866, Mac Cyrillic or KOI8 it gives no readable Cyrillic; open it in the program it came from and save it as UTF-8 (CSV UTF-8 in Excel)</source>
        <translation>кодування невідоме: прочитаний як UTF-8, Windows-1251, DOS 866, Mac Cyrillic чи KOI8, файл не дає читабельної кирилиці; відкрийте його в програмі, з якої він походить, і збережіть як UTF-8 (у Excel — CSV UTF-8)</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="243"/>
        <source>has wrongly decoded Cyrillic (mojibake: {sample}): the encoding went wrong before it was sent; ask for the original file, or open it as UTF-8 and save it again</source>
        <translation>містить неправильно декодовану кирилицю (кракозябри: {sample}): кодування зіпсувалося ще до надсилання; попросіть оригінальний файл або відкрийте його як UTF-8 і збережіть знову</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="254"/>
        <source>holds a NUL byte at line {line}, character {character}: not a text file, or a damaged one</source>
        <translation>містить байт NUL у рядку {line}, символ {character}: це не текстовий файл або пошкоджений файл</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="282"/>
        <source>is not valid CSV: {detail}</source>
        <translation>не є коректним CSV: {detail}</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="300"/>
        <location filename="../../models/lists/sheet.py" line="517"/>
        <source>row {number} has {count:,} filled columns; a list has at most {max_columns}</source>
        <translation>рядок {number} має {count:,} заповнених стовпців; у списку їх щонайбільше {max_columns}</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="309"/>
        <location filename="../../models/lists/sheet.py" line="500"/>
        <source>cell {column_letter}{number} holds {length:,} characters; a list cell holds at most {max_cell_chars:,}</source>
        <translation>клітинка {column_letter}{number} містить {length:,} символів; клітинка списку вміщує щонайбільше {max_cell_chars:,}</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="346"/>
        <source>is not a list: its part {filename} unpacks from {compress_size:,} to {file_size:,} bytes ({ratio:,} times; real sheets pack 5-{usual} times)</source>
        <translation>не є списком: його частина {filename} розпаковується з {compress_size:,} до {file_size:,} байтів (у {ratio:,} разів; справжні аркуші стискаються у 5-{usual} разів)</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="359"/>
        <source>unpacks to {size_mib:,.0f} MiB; the limit is {limit_mib} MiB</source>
        <translation>розпаковується до {size_mib:,.0f} МіБ; граничний розмір — {limit_mib} МіБ</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="367"/>
        <source>is an OpenDocument file but not a spreadsheet (a text document?); save the table as XLSX or CSV</source>
        <translation>файл OpenDocument, але не електронна таблиця (текстовий документ?); збережіть таблицю як XLSX або CSV</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="374"/>
        <source>is a zip archive but not an XLSX workbook (no xl/workbook.xml inside)</source>
        <translation>zip-архів, але не книга XLSX (всередині немає xl/workbook.xml)</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="422"/>
        <source>sheet {title!r} cannot be read ({error_type}: {detail})</source>
        <translation>аркуш {title!r} не вдається прочитати ({error_type}: {detail})</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="525"/>
        <source>has more than {max_rows:,} rows that hold data</source>
        <translation>має понад {max_rows:,} рядків з даними</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="590"/>
        <source>sheet {name!r} is {nrows:,} rows by {ncols:,} columns</source>
        <translation>аркуш {name!r} має {nrows:,} рядків на {ncols:,} стовпців</translation>
    </message>
    <message>
        <location filename="../../models/lists/sheet.py" line="604"/>
        <source>cell {column_letter}{line} holds {length:,} characters</source>
        <translation>клітинка {column_letter}{line} містить {length:,} символів</translation>
    </message>
    <message>
        <location filename="../../models/office/settings.py" line="41"/>
        <source>{key!r} is not a setting ({settings})</source>
        <translation>{key!r} не є параметром ({settings})</translation>
    </message>
    <message>
        <location filename="../../models/office/settings.py" line="69"/>
        <source>{value!r} is not an integer</source>
        <translation>{value!r} не є цілим числом</translation>
    </message>
    <message>
        <location filename="../../models/office/settings.py" line="72"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} не є числом</translation>
    </message>
    <message>
        <location filename="../../models/office/settings.py" line="77"/>
        <source>{value} is below the minimum {minimum:g}</source>
        <translation>{value} менше за мінімум {minimum:g}</translation>
    </message>
    <message>
        <location filename="../../models/office/users.py" line="31"/>
        <source>{name!r} is not a login name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>{name!r} не є ім&apos;ям для входу (літери, цифри, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../../models/office/users.py" line="38"/>
        <source>a user named {name!r} exists already</source>
        <translation>користувач з ім&apos;ям {name!r} вже існує</translation>
    </message>
    <message>
        <location filename="../../models/office/users.py" line="57"/>
        <source>a key slot for {name!r} exists already</source>
        <translation>ключовий слот для {name!r} вже існує</translation>
    </message>
    <message>
        <location filename="../../models/office/users.py" line="68"/>
        <source>there is no user named {name!r}</source>
        <translation>немає користувача з ім&apos;ям {name!r}</translation>
    </message>
    <message>
        <location filename="../../models/office/users.py" line="82"/>
        <source>{name!r} is the only active admin: make another admin first</source>
        <translation>{name!r} — єдиний активний адміністратор: спершу призначте іншого адміністратора</translation>
    </message>
    <message>
        <location filename="../../models/office/users.py" line="95"/>
        <source>you cannot change your own role: ask another admin</source>
        <translation>ви не можете змінити власну роль: зверніться до іншого адміністратора</translation>
    </message>
    <message>
        <location filename="../../models/office/users.py" line="120"/>
        <source>you cannot disable yourself: ask another admin</source>
        <translation>ви не можете вимкнути самого себе: зверніться до іншого адміністратора</translation>
    </message>
    <message>
        <location filename="../../models/office/users.py" line="127"/>
        <source>enabling {name!r} again needs a new password for them</source>
        <translation>щоб знову ввімкнути {name!r}, потрібен новий пароль для цього користувача</translation>
    </message>
    <message>
        <location filename="../../models/persons/assign.py" line="44"/>
        <source>{pair!r} is not FIELD=VALUE of a person&apos;s field ({fields})</source>
        <translation>{pair!r} — не ПОЛЕ=ЗНАЧЕННЯ поля особи ({fields})</translation>
    </message>
    <message>
        <location filename="../../models/persons/assign.py" line="75"/>
        <source>{text!r} is not yes or no</source>
        <translation>{text!r} — не «так» і не «ні»</translation>
    </message>
    <message>
        <location filename="../../models/persons/assign.py" line="85"/>
        <location filename="../../models/persons/csv_file.py" line="93"/>
        <source>{text!r} is not one of: {allowed} (or their usual forms)</source>
        <translation>{text!r} не є жодним із значень: {allowed} (або їхніх звичних форм)</translation>
    </message>
    <message>
        <location filename="../../models/persons/csv_file.py" line="106"/>
        <source>{text!r} is a long number Excel showed in scientific notation and saved that way: its digits are lost. Take the number from the source (format the column as text before pasting)</source>
        <translation>{text!r} — довге число, яке Excel показав в експоненційному записі й так і зберіг: його цифри втрачено. Візьміть число з джерела (перед вставленням задайте для стовпця текстовий формат)</translation>
    </message>
    <message>
        <location filename="../../models/persons/csv_file.py" line="165"/>
        <source>is {count} characters long; at most 200 fit</source>
        <translation>містить {count} символів; допускається щонайбільше 200</translation>
    </message>
    <message>
        <location filename="../../models/persons/csv_file.py" line="219"/>
        <source>unknown column {column!r}</source>
        <translation>невідомий стовпець {column!r}</translation>
    </message>
    <message>
        <location filename="../../models/persons/csv_file.py" line="249"/>
        <source>has {field_count} fields; the header has {name_count}</source>
        <translation>містить полів: {field_count}; у заголовку їх {name_count}</translation>
    </message>
    <message>
        <location filename="../../models/persons/csv_file.py" line="279"/>
        <source>{external_id!r} appears already on line {line}</source>
        <translation>{external_id!r} вже є в рядку {line}</translation>
    </message>
    <message>
        <location filename="../../models/persons/csv_file.py" line="342"/>
        <source>{external_id} was given to two records when offices exchanged bundles: this office&apos;s is now {ours}, and {external_id} is another office&apos;s record. Write {ours} to update ours</source>
        <translation>{external_id} отримали два записи під час обміну пакетами між офісами: запис цього офісу тепер {ours}, а {external_id} — запис іншого офісу. Напишіть {ours}, щоб оновити наш</translation>
    </message>
    <message>
        <location filename="../../models/persons/duplicates.py" line="224"/>
        <source>a record cannot be merged with itself</source>
        <translation>запис не можна об&apos;єднати з самим собою</translation>
    </message>
    <message>
        <location filename="../../models/persons/duplicates.py" line="227"/>
        <source>one of the persons to merge no longer exists</source>
        <translation>однієї з осіб, які треба об&apos;єднати, вже не існує</translation>
    </message>
    <message>
        <location filename="../../models/persons/duplicates.py" line="239"/>
        <source>{keep} and {other} are held by other offices too. Such records are merged at headquarters only, so that two offices never merge the same persons differently: send headquarters the pair instead</source>
        <translation>{keep} і {other} є також в інших офісах. Такі записи об’єднує лише штаб, щоб два офіси ніколи не об’єднали тих самих осіб по-різному: натомість надішліть штабу цю пару</translation>
    </message>
    <message>
        <location filename="../../models/persons/duplicates.py" line="250"/>
        <source>{shared} is held by other offices too. Such records are merged at headquarters only, so that two offices never merge the same persons differently: send headquarters the pair instead ({keep} and {other})</source>
        <translation>{shared} є також в інших офісах. Такі записи об’єднує лише штаб, щоб два офіси ніколи не об’єднали тих самих осіб по-різному: натомість надішліть штабу цю пару ({keep} і {other})</translation>
    </message>
    <message>
        <location filename="../../models/persons/duplicates.py" line="521"/>
        <source>say why the merge is taken back</source>
        <translation>зазначте, чому об&apos;єднання скасовується</translation>
    </message>
    <message>
        <location filename="../../models/persons/duplicates.py" line="524"/>
        <source>this record is not merged into another (it exists)</source>
        <translation>цей запис не об&apos;єднано з іншим (він існує)</translation>
    </message>
    <message>
        <location filename="../../models/persons/duplicates.py" line="538"/>
        <source>the change log holds no merge of the record {other_id}</source>
        <translation>журнал змін не містить об&apos;єднання запису {other_id}</translation>
    </message>
    <message>
        <location filename="../../models/persons/duplicates.py" line="544"/>
        <source>the change log does not hold the merged record&apos;s fields ({other_id})</source>
        <translation>журнал змін не містить полів об&apos;єднаного запису ({other_id})</translation>
    </message>
    <message>
        <location filename="../../models/persons/search.py" line="396"/>
        <location filename="../../models/persons/service.py" line="370"/>
        <source>cannot sort by {sort_by!r}</source>
        <translation>неможливо сортувати за {sort_by!r}</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="97"/>
        <source>has leading or trailing spaces</source>
        <translation>має пробіли на початку або в кінці</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="102"/>
        <source>{service_number!r} is malformed: use letters, digits, &apos;-&apos; and &apos;/&apos;</source>
        <translation>{service_number!r} має неправильний формат: використовуйте літери, цифри, &apos;-&apos; і &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="114"/>
        <source>{dob} is before {earliest_birth_year}</source>
        <translation>{dob} раніше за {earliest_birth_year}</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="124"/>
        <source>{capture} is before the date of birth {dob}</source>
        <translation>{capture} раніше за дату народження {dob}</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="134"/>
        <source>{death} is before the date of birth {dob}</source>
        <translation>{death} раніше за дату народження {dob}</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="144"/>
        <source>{death} is before the capture date {capture}</source>
        <translation>{death} раніше за дату полону {capture}</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="163"/>
        <location filename="../../models/remains/ante_mortem.py" line="56"/>
        <location filename="../../models/remains/identification.py" line="79"/>
        <source>no person with id {person_id}</source>
        <translation>немає особи з id {person_id}</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="216"/>
        <source>{external_id!r} is {theirs!r} of {name} but for leading zeros or &apos;.0&apos; (Excel changes numbers so): use {theirs!r} to update that person, or format the column as text</source>
        <translation>{external_id!r} збігається з {theirs!r} особи {name}, якщо не зважати на нулі на початку чи &apos;.0&apos; (так змінює числа Excel): щоб оновити цю особу, використайте {theirs!r} або задайте для стовпця текстовий формат</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="233"/>
        <source>{service_number!r} is the service number {theirs!r} of {name} ({external_id}) but for leading zeros or &apos;.0&apos; (Excel changes numbers so): the same person twice?</source>
        <translation>{service_number!r} збігається зі службовим номером {theirs!r} особи {name} ({external_id}), якщо не зважати на нулі на початку чи &apos;.0&apos; (так змінює числа Excel): чи не та сама це особа двічі?</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="254"/>
        <source>{word!r} mixes Latin and Cyrillic look-alike letters; it reads {folded!r}</source>
        <translation>{word!r} поєднує схожі на вигляд латинські й кириличні літери; читається як {folded!r}</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="273"/>
        <location filename="../../models/persons/service.py" line="307"/>
        <source>{external_id!r} is already used by another person</source>
        <translation>{external_id!r} вже використовується для іншої особи</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="298"/>
        <source>{surname} {given_names} was changed by someone else meanwhile</source>
        <translation>{surname} {given_names}: запис тим часом змінив інший користувач</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="346"/>
        <source>no choices for {name!r}</source>
        <translation>для {name!r} немає варіантів вибору</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="447"/>
        <source>{email!r} is not an e-mail address</source>
        <translation>{email!r} не є адресою електронної пошти</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="558"/>
        <source>the commission has three members: votes must add up to 3</source>
        <translation>комісія складається з трьох членів: голосів має бути разом 3</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="565"/>
        <source>{votes_for} of 3 is no majority for the decision</source>
        <translation>{votes_for} з 3 — це не більшість для ухвалення рішення</translation>
    </message>
    <message>
        <location filename="../../models/persons/service.py" line="698"/>
        <source>no name spelling with id {name_id}</source>
        <translation>немає написання імені з id {name_id}</translation>
    </message>
    <message>
        <location filename="../../models/remains/ante_mortem.py" line="40"/>
        <source>{stature_cm} cm is not a human stature</source>
        <translation>{stature_cm} см не може бути зростом людини</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="71"/>
        <source>{batch_number!r} exists already</source>
        <translation>{batch_number!r} вже існує</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="88"/>
        <source>cannot be negative</source>
        <translation>не може бути від&apos;ємним</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="104"/>
        <source>{value} is out of range</source>
        <translation>{value} поза допустимими межами</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="106"/>
        <source>{b} is below the minimum {a}</source>
        <translation>{b} менше за мінімум {a}</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="110"/>
        <source>only a body part is linked to another case</source>
        <translation>з іншою справою пов&apos;язують лише частину тіла</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="126"/>
        <location filename="../../models/remains/cases.py" line="176"/>
        <source>{case_number!r} exists already</source>
        <translation>{case_number!r} вже існує</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="143"/>
        <location filename="../../models/remains/identification.py" line="77"/>
        <source>no remains case with id {case_id}</source>
        <translation>немає справи про останки з id {case_id}</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="156"/>
        <source>is in the future</source>
        <translation>дата в майбутньому</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="182"/>
        <source>a body part cannot belong to itself</source>
        <translation>частина тіла не може належати сама собі</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="221"/>
        <source>a rejected candidate keeps its reason</source>
        <translation>відхилений кандидат зберігає свою підставу</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="449"/>
        <source>no batch with id {batch_id}</source>
        <translation>немає партії з id {batch_id}</translation>
    </message>
    <message>
        <location filename="../../models/remains/cases.py" line="451"/>
        <source>a batch keeps its number</source>
        <translation>номер партії не змінюється</translation>
    </message>
    <message>
        <location filename="../../models/remains/dental.py" line="75"/>
        <source>{tooth} is not an FDI tooth number (11-18, 21-28, 31-38, 41-48)</source>
        <translation>{tooth} не є номером зуба за FDI (11-18, 21-28, 31-38, 41-48)</translation>
    </message>
    <message>
        <location filename="../../models/remains/dental.py" line="87"/>
        <source>{entry!r} is not &apos;tooth:state&apos; (like 16:filled)</source>
        <translation>{entry!r} не має вигляду &apos;зуб:стан&apos; (наприклад, 16:filled)</translation>
    </message>
    <message>
        <location filename="../../models/remains/dental.py" line="97"/>
        <source>{state!r} is not a tooth state ({allowed})</source>
        <translation>{state!r} не є станом зуба ({allowed})</translation>
    </message>
    <message>
        <location filename="../../models/remains/dental.py" line="102"/>
        <source>tooth {tooth} is given twice</source>
        <translation>зуб {tooth} зазначено двічі</translation>
    </message>
    <message>
        <location filename="../../models/remains/details.py" line="58"/>
        <source>details belong to one PM case or one AM record</source>
        <translation>відомості належать одній посмертній (PM) справі або одному прижиттєвому (AM) запису</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="39"/>
        <source>a remains sample belongs to a remains case</source>
        <translation>зразок останків належить справі про останки</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="45"/>
        <source>a reference sample names the missing person and the relative</source>
        <translation>у референтному зразку зазначаються зникла особа і родич</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="55"/>
        <source>{sample_number!r} exists already</source>
        <translation>{sample_number!r} вже існує</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="95"/>
        <source>{likelihood_ratio} is not a likelihood ratio</source>
        <translation>{likelihood_ratio} не є відношенням правдоподібності</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="109"/>
        <source>is not a registered {kind} sample</source>
        <translation>не є зареєстрованим зразком виду {kind}</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="187"/>
        <location filename="../../models/remains/dna.py" line="199"/>
        <source>no DNA sample with id {sample_id}</source>
        <translation>немає зразка ДНК з id {sample_id}</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="203"/>
        <source>a sample of remains was given by no relative</source>
        <translation>зразок останків не дає жоден родич: його взято з останків</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="232"/>
        <source>{text!r} is not a number</source>
        <translation>{text!r} не є числом</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="234"/>
        <source>{text!r} is not a likelihood ratio (a number &gt;= 0)</source>
        <translation>{text!r} не є відношенням правдоподібності (число &gt;= 0)</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="243"/>
        <source>no sample numbered {sample_number!r} is registered</source>
        <translation>зразок з номером {sample_number!r} не зареєстровано</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="254"/>
        <source>no such DNA sample</source>
        <translation>немає такого зразка ДНК</translation>
    </message>
    <message>
        <location filename="../../models/remains/dna.py" line="257"/>
        <source>a re-sample is of the same remains or the same relative</source>
        <translation>повторний зразок береться від тих самих останків або того самого родича</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="74"/>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} не є цілим числом</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="81"/>
        <source>{number} is outside {low}-{high}</source>
        <translation>{number} поза межами {low}-{high}</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="118"/>
        <source>a body location is longer than 200 characters</source>
        <translation>місце на тілі довше за 200 символів</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="136"/>
        <source>{text!r} is not centimetres (172, or a range 168-176)</source>
        <translation>{text!r} — не сантиметри (172 або діапазон 168-176)</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="146"/>
        <source>{text!r} is not a human stature in centimetres</source>
        <translation>{text!r} не може бути зростом людини в сантиметрах</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="176"/>
        <source>{number!r} appears already on line {line}</source>
        <translation>{number!r} вже є в рядку {line}</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="188"/>
        <source>{sex!r} is not male, female or unknown</source>
        <translation>{sex!r} — не male, female чи unknown</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="340"/>
        <source>{ext!r} appears already on line {line}</source>
        <translation>{ext!r} вже є в рядку {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/remains.py" line="152"/>
        <location filename="../../models/remains/files.py" line="371"/>
        <source>no person with the external id {external_id!r}</source>
        <translation>немає особи з зовнішнім id {external_id!r}</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="439"/>
        <source>{reported} is not a whole date</source>
        <translation>{reported} не є повною датою</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="477"/>
        <source>no sample numbered {number!r} is registered</source>
        <translation>зразок з номером {number!r} не зареєстровано</translation>
    </message>
    <message>
        <location filename="../../models/remains/files.py" line="486"/>
        <source>{number!r} is a {kind} sample</source>
        <translation>{number!r} — зразок виду {kind}</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="56"/>
        <source>no identification proposal with id {proposal_id}</source>
        <translation>немає пропозиції щодо ідентифікації з id {proposal_id}</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="94"/>
        <source>this case and person are before the board already</source>
        <translation>ця справа й ця особа вже на розгляді комісії</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="101"/>
        <source>case {case_number} is identified already</source>
        <translation>справу {case_number} вже ідентифіковано</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="108"/>
        <source>this person is identified already, with another case</source>
        <translation>цю особу вже ідентифіковано за іншою справою</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="136"/>
        <source>the proposal is {state}: nothing to sign</source>
        <translation>пропозиція має стан {state}: підписувати нічого</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="142"/>
        <source>an objection says why</source>
        <translation>заперечення має бути обґрунтованим</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="150"/>
        <source>{user} has signed this proposal already</source>
        <translation>{user} вже підписав цю пропозицію</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="181"/>
        <source>the proposal is {state} already</source>
        <translation>пропозиція вже має стан {state}</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="188"/>
        <source>{objections} board member(s) object</source>
        <translation>заперечують членів комісії: {objections}</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="196"/>
        <source>{approvals} of the {required} required members have signed</source>
        <translation>підписали {approvals} з {required} потрібних членів комісії</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="209"/>
        <source>an identification has a death certificate number</source>
        <translation>для ідентифікації потрібен номер свідоцтва про смерть</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="220"/>
        <source>{certificate_number!r} is used already</source>
        <translation>{certificate_number!r} вже використано</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="267"/>
        <source>the proposal is {state}: it cannot be withdrawn</source>
        <translation>пропозиція має стан {state}: її не можна відкликати</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="271"/>
        <source>a withdrawn proposal says why</source>
        <translation>для відкликання пропозиції потрібна підстава</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="282"/>
        <source>only a decided identification is followed by notification and handover</source>
        <translation>повідомлення родини й передання відбуваються лише після ухваленої ідентифікації</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="295"/>
        <location filename="../../models/remains/identification.py" line="314"/>
        <source>is before the board&apos;s decision</source>
        <translation>раніше за рішення комісії</translation>
    </message>
    <message>
        <location filename="../../models/remains/identification.py" line="318"/>
        <source>the family is notified before the handover</source>
        <translation>родину повідомляють до передання</translation>
    </message>
    <message>
        <location filename="../../models/remains/profiles.py" line="335"/>
        <source>no remains case numbered {case_number!r}</source>
        <translation>немає справи про останки з номером {case_number!r}</translation>
    </message>
    <message>
        <location filename="../../views/common/messages.py" line="37"/>
        <source>line {0}, </source>
        <translation>рядок {0}, </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/offices.py" line="30"/>
        <source>{path} is {size} bytes: too large to be an office card or a revocation</source>
        <translation>{path} має {size} байтів: завеликий для картки офісу чи відкликання</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/offices.py" line="97"/>
        <source>name the card file (-o CARD.json), the PDF (--pdf), or both</source>
        <translation>вкажіть файл картки (-o CARD.json), PDF (--pdf) або обидва</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="116"/>
        <source>a fingerprint is 60 digits (twelve groups of five); what was given has {count} digits</source>
        <translation>відбиток — це 60 цифр (дванадцять груп по п’ять); у введеному {count} цифр</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="173"/>
        <location filename="../../models/bundles/cards.py" line="209"/>
        <source>the {what} has no valid {field!r}</source>
        <translation>у {what} немає правильного поля {field!r}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="182"/>
        <source>the office card is not valid JSON ({detail})</source>
        <translation>картка офісу не є правильним JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="186"/>
        <source>this is not a Repatria office card (format {format!r})</source>
        <translation>це не картка офісу Repatria (формат {format!r})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="202"/>
        <location filename="../../models/bundles/cards.py" line="229"/>
        <source>the office card holds an invalid value ({detail})</source>
        <translation>картка офісу містить неправильне значення ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="205"/>
        <source>the office card&apos;s date has no time zone</source>
        <translation>дата в картці офісу без часового поясу</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="226"/>
        <source>the office card&apos;s key id does not belong to its key</source>
        <translation>ідентифікатор ключа в картці офісу не відповідає її ключу</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="233"/>
        <source>the office card&apos;s version and previous key do not agree</source>
        <translation>версія картки офісу і попередній ключ не узгоджуються</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="245"/>
        <source>this file is too large to be an office card ({size} bytes)</source>
        <translation>цей файл завеликий для картки офісу ({size} байтів)</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="250"/>
        <source>this file is not an office card (it holds {kind!r})</source>
        <translation>цей файл не є карткою офісу (у ньому {kind!r})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="258"/>
        <source>the office card is not signed by its own key: it was altered</source>
        <translation>картку офісу не підписано її власним ключем: її змінено</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="298"/>
        <source>this is not a key revocation</source>
        <translation>це не відкликання ключа</translation>
    </message>
    <message>
        <location filename="../../models/bundles/cards.py" line="313"/>
        <location filename="../../models/bundles/cards.py" line="317"/>
        <source>the revocation holds an invalid value ({detail})</source>
        <translation>відкликання містить неправильне значення ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/dsse.py" line="104"/>
        <source>the envelope&apos;s {what} is not text</source>
        <translation>{what} конверта не є текстом</translation>
    </message>
    <message>
        <location filename="../../models/bundles/dsse.py" line="110"/>
        <source>the envelope&apos;s {what} is not base64</source>
        <translation>{what} конверта не в кодуванні base64</translation>
    </message>
    <message>
        <location filename="../../models/bundles/dsse.py" line="119"/>
        <source>the signed envelope is too large ({size} bytes)</source>
        <translation>підписаний конверт завеликий ({size} байтів)</translation>
    </message>
    <message>
        <location filename="../../models/bundles/dsse.py" line="125"/>
        <source>the signed envelope is not valid JSON ({detail})</source>
        <translation>підписаний конверт не є правильним JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/dsse.py" line="128"/>
        <source>this is not a signed envelope (DSSE)</source>
        <translation>це не підписаний конверт (DSSE)</translation>
    </message>
    <message>
        <location filename="../../models/bundles/dsse.py" line="132"/>
        <source>the signed envelope has no payload type or no signature</source>
        <translation>у підписаному конверті немає типу вмісту або підпису</translation>
    </message>
    <message>
        <location filename="../../models/bundles/dsse.py" line="136"/>
        <location filename="../../models/bundles/dsse.py" line="139"/>
        <source>a signature of the envelope is not well formed</source>
        <translation>підпис конверта має неправильну будову</translation>
    </message>
    <message>
        <location filename="../../models/bundles/dsse.py" line="154"/>
        <source>the envelope holds {found!r}, not {expected!r}</source>
        <translation>у конверті {found!r}, а не {expected!r}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/dsse.py" line="173"/>
        <source>the signature does not verify against the keys we trust</source>
        <translation>підпис не перевіряється жодним ключем, якому ми довіряємо</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="67"/>
        <source>this database has no office of its own</source>
        <translation>у цій базі даних немає власного офісу</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="114"/>
        <source>this office has no keys yet</source>
        <translation>у цього офісу ще немає ключів</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="256"/>
        <source>no office {office!r} is known here</source>
        <translation>офіс {office!r} тут невідомий</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="318"/>
        <source>this is a card of our own office, but not of its current key: nothing to keep from it</source>
        <translation>це картка нашого офісу, але не його чинного ключа: зберігати з неї нічого</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="324"/>
        <source>this card of our own office differs from our current card</source>
        <translation>ця картка нашого офісу відрізняється від нашої чинної картки</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="339"/>
        <source>this is our own office&apos;s card and it carries no countersignature of headquarters we trust</source>
        <translation>це картка нашого офісу, і на ній немає засвідчувального підпису штабу, якому ми довіряємо</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="363"/>
        <source>the fingerprint given does not match this card of {code}: do not trust it, and ask the office how its card reached you</source>
        <translation>введений відбиток не збігається з цією карткою {code}: не довіряйте їй і з’ясуйте в офісу, як картка потрапила до вас</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="372"/>
        <source>this card of {code} is version {version}, older than version {held} we trust: refused (a rollback). If {code} was restored from a backup made before it made new keys, it makes new keys again above version {held} (repatria offices rotate-key --above {held}) and reads out the new card&apos;s fingerprint</source>
        <translation>ця картка {code} має версію {version}, старішу за версію {held}, якій ми довіряємо: відхилено (відкат). Якщо {code} відновили з резервної копії, зробленої до того, як він створив нові ключі, він створює нові ключі ще раз понад версію {held} (repatria offices rotate-key --above {held}) і зачитує відбиток нової картки</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="386"/>
        <source>this card of {code} says other things than the card of the same version we trust: refused. If {code} was restored from a backup made before it made new keys, it makes new keys again above version {held} (repatria offices rotate-key --above {held}) and reads out the new card&apos;s fingerprint</source>
        <translation>ця картка {code} каже інше, ніж картка тієї самої версії, якій ми довіряємо: відхилено. Якщо {code} відновили з резервної копії, зробленої до того, як він створив нові ключі, він створює нові ключі ще раз понад версію {held} (repatria offices rotate-key --above {held}) і зачитує відбиток нової картки</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="401"/>
        <source>telephone {code} and have them read out the 60 digits of their card&apos;s fingerprint; then give them to trust the card</source>
        <translation>зателефонуйте {code} і попросіть прочитати 60 цифр відбитка їхньої картки; потім введіть їх, щоб довірити картку</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="413"/>
        <source>another office ({name}) has the code {code} here</source>
        <translation>тут інший офіс ({name}) має код {code}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="423"/>
        <source>{code} calls itself headquarters, but {other} is headquarters here: refused (an office made without its kind is headquarters by default; ask {code} to check its kind)</source>
        <translation>{code} називає себе штабом, але штаб тут — {other}: відхилено (офіс, створений без зазначення виду, за замовчуванням стає штабом; попросіть {code} перевірити свій вид)</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="458"/>
        <source>only headquarters countersign office cards</source>
        <translation>засвідчувати картки офісів може лише штаб</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="463"/>
        <source>trust this card of {code} first (its fingerprint compared), then countersign it</source>
        <translation>спершу довірте цю картку {code} (звіривши відбиток), потім засвідчуйте її</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="484"/>
        <source>a card version cannot be negative</source>
        <translation>версія картки не може бути від’ємною</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="500"/>
        <source>only headquarters revoke an office&apos;s key</source>
        <translation>відкликати ключ офісу може лише штаб</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="502"/>
        <source>--after-seq must not be negative</source>
        <translation>--after-seq не може бути від’ємним</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="505"/>
        <source>our own key is not revoked but replaced: rotate it</source>
        <translation>власний ключ не відкликають, а замінюють: змініть його</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="509"/>
        <source>no card of {code} is trusted here: nothing to revoke</source>
        <translation>тут немає довіреної картки {code}: відкликати нічого</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="529"/>
        <source>this file is not a key revocation (it holds {kind!r})</source>
        <translation>цей файл не є відкликанням ключа (у ньому {kind!r})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="535"/>
        <source>the revocation is not signed by headquarters we trust: ignored</source>
        <translation>відкликання не підписане штабом, якому ми довіряємо: його не враховано</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="541"/>
        <source>headquarters revoked our own office&apos;s key: rotate it (repatria offices rotate-key)</source>
        <translation>штаб відкликав ключ нашого офісу: замініть його (repatria offices rotate-key)</translation>
    </message>
    <message>
        <location filename="../../models/bundles/offices.py" line="549"/>
        <source>the revoked key is of no card we trust: nothing to do</source>
        <translation>відкликаний ключ не належить жодній довіреній картці: робити нічого</translation>
    </message>
    <message>
        <location filename="../../desktop/facades/bundles.py" line="148"/>
        <source>{path} is {size} bytes, more than a bundle may be ({limit})</source>
        <translation>{path} має {size} байтів — більше, ніж може мати пакет ({limit})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/conflicts.py" line="74"/>
        <source>{value!r} is not a value of {field} ({detail})</source>
        <translation>{value!r} не є значенням поля {field} ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/conflicts.py" line="161"/>
        <source>no kind of record {kind!r}</source>
        <translation>немає виду записів {kind!r}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/conflicts.py" line="170"/>
        <source>no open conflict {id}</source>
        <translation>немає відкритого конфлікту {id}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/conflicts.py" line="176"/>
        <source>only headquarters ({owner}) resolve it</source>
        <translation>вирішити це може лише штаб ({owner})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/conflicts.py" line="179"/>
        <source>only the office that owns this record ({owner}) or headquarters resolve it</source>
        <translation>розв’язати його може лише офіс, якому належить запис ({owner}), або штаб</translation>
    </message>
    <message>
        <location filename="../../models/bundles/conflicts.py" line="195"/>
        <source>the record of this conflict is no longer here</source>
        <translation>запису цього конфлікту тут уже немає</translation>
    </message>
    <message>
        <location filename="../../models/bundles/conflicts.py" line="243"/>
        <source>the person this value names is no longer in the registry: take the other value</source>
        <translation>особи, яку називає це значення, у реєстрі вже немає: візьміть інше значення</translation>
    </message>
    <message>
        <location filename="../../models/bundles/conflicts.py" line="323"/>
        <source>no change {id} waits for confirmation</source>
        <translation>зміна {id} не чекає на підтвердження</translation>
    </message>
    <message>
        <location filename="../../models/bundles/conflicts.py" line="330"/>
        <source>{office} rejected this office&apos;s change, and its answer cannot be rejected in turn: confirm it to take {office}&apos;s value, or leave it waiting and settle it with {office} (or headquarters); a new change made here then goes to {office} as any change does</source>
        <translation>{office} відхилив зміну цього офісу, і його відповідь не можна відхилити у відповідь: підтвердьте її, щоб прийняти значення {office}, або залиште її в очікуванні й домовтеся з {office} (чи штабом); нова зміна, зроблена тут, потім надійде до {office}, як будь-яка зміна</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="125"/>
        <source>the file is empty: copy it again from where it came</source>
        <translation>файл порожній: скопіюйте його ще раз звідти, звідки він прийшов</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="129"/>
        <source>this file is not a Repatria bundle: it does not begin as one (another file, or a bundle cut short at its start)</source>
        <translation>цей файл не є пакетом Repatria: він починається не так, як пакет (інший файл або пакет, обрізаний на початку)</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="137"/>
        <source>the bundle&apos;s header is damaged</source>
        <translation>заголовок пакета пошкоджено</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="142"/>
        <source>the bundle is locked with a passphrase, not to an office: refused</source>
        <translation>пакет зашифровано паролем, а не для офісу: відхилено</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="154"/>
        <location filename="../../models/bundles/files.py" line="164"/>
        <source>the bundle&apos;s member {name} is damaged</source>
        <translation>складник пакета {name} пошкоджено</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="159"/>
        <source>the bundle&apos;s member {name} unpacks to more than it may ({limit} bytes)</source>
        <translation>складник пакета {name} розпаковується у більше, ніж дозволено ({limit} байтів)</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="179"/>
        <source>the bundle holds a member it may not hold: {name!r}</source>
        <translation>пакет містить недозволений складник: {name!r}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="187"/>
        <source>the bundle&apos;s member {name!r} is not a plain file</source>
        <translation>складник пакета {name!r} не є звичайним файлом</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="193"/>
        <source>the bundle holds {name!r} twice</source>
        <translation>пакет містить {name!r} двічі</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="198"/>
        <source>the bundle unpacks to too much</source>
        <translation>пакет розпаковується у завеликий обсяг</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="202"/>
        <location filename="../../models/bundles/files.py" line="208"/>
        <source>the bundle&apos;s contents are damaged ({detail})</source>
        <translation>вміст пакета пошкоджено ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="211"/>
        <source>the bundle has no signed manifest</source>
        <translation>у пакеті немає підписаного переліку</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="257"/>
        <source>the bundle is {size} bytes, more than a bundle may be ({limit})</source>
        <translation>пакет має {size} байтів — більше, ніж дозволено ({limit})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="272"/>
        <source>this bundle is not addressed to this office (no key of ours opens it). If this office was restored from a backup made before it made new keys, the bundle was made for the keys lost with the restore: make new keys and send the new card to the sender</source>
        <translation>цей пакет адресовано не цьому офісу (жоден наш ключ його не відкриває). Якщо цей офіс відновили з резервної копії, зробленої до створення нових ключів, пакет зроблено для ключів, утрачених під час відновлення: створіть нові ключі й надішліть нову картку відправникові</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="283"/>
        <source>the bundle was damaged or altered on the way: copy it again from the sender; if a fresh copy is refused too, tell the sender&apos;s office (someone may have altered it)</source>
        <translation>пакет пошкоджено або змінено дорогою: скопіюйте його ще раз від відправника; якщо й свіжу копію буде відхилено, повідомте офіс відправника (хтось міг його змінити)</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="297"/>
        <source>the file holds {kind!r}, not a bundle</source>
        <translation>у файлі {kind!r}, а не пакет</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="304"/>
        <source>this bundle was made here, by this office, for another office: take it to the office it is for</source>
        <translation>цей пакет створено тут, цим офісом, для іншого офісу: передайте його тому офісу, для якого він</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="312"/>
        <source>the bundle is signed by a key we do not trust. If the office that sent it made new keys, trust its new card first (repatria offices trust CARD.json: a card signed by its previous key needs no telephone call), then import the bundle again; otherwise trust the sender&apos;s office card first</source>
        <translation>пакет підписано ключем, якому ми не довіряємо. Якщо офіс-відправник створив нові ключі, спершу довіртеся його новій картці (repatria offices trust CARD.json: картка, підписана його попереднім ключем, не потребує телефонного дзвінка), а тоді імпортуйте пакет знову; інакше спершу довіртеся картці офісу-відправника</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="323"/>
        <source>the bundle&apos;s signature does not verify: it was altered</source>
        <translation>підпис пакета не перевіряється: його змінено</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="332"/>
        <source>the bundle&apos;s manifest is not valid JSON ({detail})</source>
        <translation>перелік пакета не є правильним JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="336"/>
        <source>the bundle&apos;s format is not one this version reads</source>
        <translation>формат пакета не читається цією версією</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="340"/>
        <source>the bundle was made by a newer Repatria (schema {theirs}; ours is {ours})</source>
        <translation>пакет створено новішою версією Repatria (схема {theirs}; наша — {ours})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="349"/>
        <source>the bundle&apos;s manifest names another sender than its signature</source>
        <translation>перелік пакета називає іншого відправника, ніж його підпис</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="354"/>
        <source>the bundle&apos;s manifest does not name this office as recipient</source>
        <translation>перелік пакета не називає цей офіс одержувачем</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="359"/>
        <source>the bundle&apos;s members are not those its manifest lists</source>
        <translation>складники пакета не ті, що в його переліку</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="370"/>
        <location filename="../../models/bundles/files.py" line="376"/>
        <source>the bundle&apos;s member {name} does not match its manifest</source>
        <translation>складник пакета {name} не відповідає переліку</translation>
    </message>
    <message>
        <location filename="../../models/bundles/files.py" line="402"/>
        <source>the bundle&apos;s manifest has no valid time</source>
        <translation>у переліку пакета немає правильного часу</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="160"/>
        <source>no trusted card of {code}: trust its card before sending it bundles</source>
        <translation>немає довіреної картки {code}: довірте її картку, перш ніж надсилати пакети</translation>
    </message>
    <message>
        <location filename="../../models/bundles/profiles.py" line="134"/>
        <source>the profile {name!r} is not valid: {detail}</source>
        <translation>профіль {name!r} неправильний: {detail}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/profiles.py" line="188"/>
        <source>no bundle profile {profile!r} (there are: {known})</source>
        <translation>немає профілю пакетів {profile!r} (є: {known})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/profiles.py" line="198"/>
        <source>the profile &apos;full&apos; sends everything and cannot be changed</source>
        <translation>профіль «full» надсилає все і змінити його не можна</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="156"/>
        <source>{code} is this office: bundles go to the other offices</source>
        <translation>{code} — це наш офіс: пакети надсилають іншим офісам</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="185"/>
        <source>{code} is a mediator: it never gets the profile &apos;full&apos; (everything); its profile is {own}</source>
        <translation>{code} — посередник: він ніколи не отримує профіль «full» (усе); його профіль — {own}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="381"/>
        <source>event {number} of the bundle is not well formed ({detail})</source>
        <translation>подія {number} пакета має неправильну будову ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="464"/>
        <source>event {seq} of {office}&apos;s chain does not match its hash: it was altered</source>
        <translation>подія {seq} ланцюга {office} не відповідає своєму хешу: її змінено</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="479"/>
        <source>{office}&apos;s chain in the bundle is broken after its event {seq}</source>
        <translation>ланцюг {office} у пакеті розірваний після події {seq}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="487"/>
        <source>the bundle carries changes of this office&apos;s own chain that this office never made (from its change {seq} on): quarantined</source>
        <translation>пакет містить зміни власного ланцюга цього офісу, яких цей офіс не робив (від його зміни {seq}): поміщено в карантин</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="435"/>
        <source>{office}&apos;s event {seq} in the bundle differs from the one we hold: a fork (a stolen key, or an office restored from an old backup); nothing applied</source>
        <translation>подія {seq} офісу {office} у пакеті відрізняється від тієї, що є в нас: розгалуження (викрадений ключ або офіс, відновлений зі старої копії); нічого не застосовано</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="170"/>
        <source>{code}&apos;s key was revoked (trusted up to its change {seq}): nothing is sent to it until it has new keys, trusted here after a telephone call</source>
        <translation>ключ {code} відкликано (довіра до його зміни {seq}): йому нічого не надсилається, доки він не матиме нових ключів, яким тут довіряться після телефонного дзвінка</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="567"/>
        <location filename="../../models/bundles/service.py" line="797"/>
        <location filename="../../models/bundles/service.py" line="908"/>
        <location filename="../../models/bundles/service.py" line="963"/>
        <source>the bundle&apos;s manifest is incomplete ({detail})</source>
        <translation>перелік пакета неповний ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="751"/>
        <source>this bundle is for {to}, not for this office ({code}): its name says so, and no key of ours opens it. Take it to {to}</source>
        <translation>цей пакет для {to}, а не для цього офісу ({code}): так каже його назва, і жоден наш ключ його не відкриває. Віднесіть його до {to}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="763"/>
        <source>no key of this office opens the bundle, although its name says it is for {code}: it was damaged on the way, or made with a card of ours that is no longer current. Copy it again from the sender; if a fresh copy is refused too, ask the sender which card of ours they hold. If this office was restored from a backup made before it last made new keys, make new keys above that card&apos;s version (repatria offices rotate-key --above N) and read out the new card&apos;s fingerprint to the sender</source>
        <translation>жоден ключ цього офісу не відкриває пакет, хоча за назвою він для {code}: його пошкоджено в дорозі або зроблено для нашої картки, яка вже не чинна. Скопіюйте його від відправника ще раз; якщо й свіжу копію буде відхилено, спитайте відправника, яку нашу картку він має. Якщо цей офіс відновили з резервної копії, зробленої до того, як він востаннє створив нові ключі, створіть нові ключі понад версію тієї картки (repatria offices rotate-key --above N) і зачитайте відправникові відбиток нової картки</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="805"/>
        <source>the bundle is signed with {office}&apos;s key of card version {version}, which {office} replaced on {since} (version {latest} is trusted here), and was made after that: it comes from a copy of {office}&apos;s database older than its new keys (restored from a backup?), or from someone who holds the old key. Nothing was changed. Call {office}: if it was restored, it makes new keys above version {latest} (repatria offices rotate-key --above {latest}), reads out the new card&apos;s fingerprint, and sends again; if not, headquarters revoke the old key</source>
        <translation>пакет підписано ключем {office} з картки версії {version}, який {office} замінив {since} (тут довірено версію {latest}), і зроблено його пізніше: він походить із копії бази {office}, старшої за нові ключі (відновленої з резервної копії?), або від когось, хто має старий ключ. Нічого не змінено. Зателефонуйте до {office}: якщо базу відновлювали, там створюють нові ключі понад версію {latest} (repatria offices rotate-key --above {latest}), зачитують відбиток нової картки й надсилають пакет знову; якщо ні — штаб відкликає старий ключ</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="823"/>
        <source>the bundle carries the id of a bundle this office made: refused</source>
        <translation>пакет має ідентифікатор пакета, створеного цим офісом: відхилено</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="828"/>
        <source>{office} already sent a bundle with this id and other content (a replay): quarantined</source>
        <translation>{office} уже надсилав пакет із цим ідентифікатором, але з іншим вмістом (повтор): поміщено в карантин</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="858"/>
        <source>this office is a mediator: it takes no bundle of everything (&apos;full&apos;), only its own profile</source>
        <translation>цей офіс — посередник: він не приймає пакет з усім («full»), лише свій профіль</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="867"/>
        <source>the bundle&apos;s contents do not fit its profile {profile!r}</source>
        <translation>вміст пакета не відповідає його профілю {profile!r}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="874"/>
        <source>the bundle&apos;s records are not well formed ({detail})</source>
        <translation>записи пакета мають неправильну будову ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="889"/>
        <source>the bundle is signed by a key headquarters revoked after {office}&apos;s change {seq}, and carries records changed after it: quarantined</source>
        <translation>пакет підписано ключем, який штаб відкликав після зміни {office} № {seq}, і він містить записи, змінені пізніше: карантин</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="920"/>
        <source>the bundle is signed by a key headquarters revoked after {office}&apos;s change {seq}, and carries later changes: quarantined</source>
        <translation>пакет підписано ключем, який штаб відкликав після зміни {seq} офісу {office}, і він містить пізніші зміни: поміщено в карантин</translation>
    </message>
    <message>
        <location filename="../../models/bundles/service.py" line="933"/>
        <source>{office} already sent a different bundle numbered {seq} (a replay with other content): quarantined</source>
        <translation>{office} уже надсилав інший пакет із номером {seq} (повтор з іншим вмістом): поміщено в карантин</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/bundles.py" line="200"/>
        <source>{path} is not valid JSON ({detail})</source>
        <translation>{path} не є правильним JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="75"/>
        <source>{path} is damaged: {problems}</source>
        <translation>{path} пошкоджено: {problems}</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="81"/>
        <source>{path}: the change log does not verify (event {seq}: {reason})</source>
        <translation>{path}: журнал змін не проходить перевірку (подія {seq}: {reason})</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="146"/>
        <source>{path} is a link to a folder that does not exist (or links back to itself): name a folder</source>
        <translation>{path} — посилання на теку, якої немає (або посилання саме на себе): вкажіть теку</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="178"/>
        <source>the backup could not be written to {path} ({detail}); nothing was changed</source>
        <translation>резервну копію не вдалося записати до {path} ({detail}); нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="191"/>
        <source>at least one backup must be kept</source>
        <translation>зберігати треба принаймні одну резервну копію</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="330"/>
        <source>{path} is a link to {real}: restore to {real} itself (the link then opens the restored one)</source>
        <translation>{path} — це посилання на {real}: відновлюйте в сам {real} (тоді посилання відкриватиме відновлену базу)</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="348"/>
        <source>a database cannot be made at {path} ({detail}): name one in a folder you may write to; nothing was changed</source>
        <translation>базу даних не можна створити в {path} ({detail}): укажіть її в теці, куди ви маєте право писати; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="397"/>
        <source>the database could not be made at {path} ({detail}); the backup is whole and nothing was changed</source>
        <translation>базу не вдалося створити в {path} ({detail}); резервна копія ціла, нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="425"/>
        <source>{path} is open in another program: close it first, then restore from it</source>
        <translation>{path} відкрито в іншій програмі: спершу закрийте її, потім відновлюйте з неї</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="462"/>
        <source>wrong password for the backup {path}: it opens with the password {user} had when it was made (an older one, if it was changed since)</source>
        <translation>неправильний пароль для резервної копії {path}: вона відкривається паролем, який {user} мав, коли її зроблено (старішим, якщо його відтоді змінено)</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="152"/>
        <source>{path} is a file, not a folder for backups</source>
        <translation>{path} — файл, а не тека для резервних копій</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="308"/>
        <source>no backup at {path}</source>
        <translation>у {path} немає резервної копії</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="311"/>
        <source>the backup&apos;s key file {path} is missing: without it the backup cannot be opened</source>
        <translation>файлу ключів резервної копії {path} немає: без нього копію неможливо відкрити</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="317"/>
        <source>a backup cannot be restored onto itself</source>
        <translation>резервну копію не можна відновити поверх неї самої</translation>
    </message>
    <message>
        <location filename="../../models/core/backup.py" line="321"/>
        <source>{path} is not a database file to restore into: name the database, e.g. office.db</source>
        <translation>{path} — не файл бази даних, до якого можна відновити: назвіть базу даних, напр. office.db</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/persons.py" line="95"/>
        <source>no person with the registry number {number!r}</source>
        <translation>немає особи з реєстровим номером {number!r}</translation>
    </message>
    <message>
        <location filename="../../models/bundles/limits.py" line="148"/>
        <source>{office} is a {kind} office: the other offices take from it only what its profile shows it, so this change ({record}{fields}) would never reach them. Ask headquarters or a regional office to make it</source>
        <translation>{office} — офіс типу «{kind}»: інші офіси приймають від нього лише те, що показує його профіль, тож ця зміна ({record}{fields}) ніколи до них не дійде. Попросіть штаб або регіональний офіс внести її</translation>
    </message>
    <message>
        <location filename="../../models/core/inuse.py" line="67"/>
        <source>{path} is being restored from a backup: open it when that has finished</source>
        <translation>{path} зараз відновлюється з резервної копії: відкрийте її, коли це завершиться</translation>
    </message>
    <message>
        <location filename="../../models/core/inuse.py" line="140"/>
        <source>{path} is open in Repatria (the app or a command): close it there first, then restore - a database replaced under a running program would lose that program&apos;s next saves</source>
        <translation>{path} відкрито в Repatria (у застосунку або команді): спершу закрийте її там, потім відновлюйте — база, замінена під програмою, що працює, втратила б її наступні збереження</translation>
    </message>
    <message>
        <location filename="../../models/core/identifiers.py" line="49"/>
        <source>the office code {code!r} is not valid: up to 32 Latin letters, digits and &apos;-&apos;, starting with a letter or digit (it names the office&apos;s files)</source>
        <translation>код офісу {code!r} недійсний: до 32 латинських літер, цифр і «-», на початку літера або цифра (ним названо файли офісу)</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../views/remains/evidence.py" line="12"/>
        <source>DNA</source>
        <translation>ДНК</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="13"/>
        <source>ID tag or document</source>
        <translation>жетон або документ</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="17"/>
        <source>age</source>
        <translation>вік</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="20"/>
        <source>clothing</source>
        <translation>одяг</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="22"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="15"/>
        <source>dental</source>
        <translation>зуби</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="23"/>
        <source>identification</source>
        <translation>ідентифікація</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="14"/>
        <source>implant</source>
        <translation>імплант</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="19"/>
        <source>marks</source>
        <translation>прикмети</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="21"/>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="16"/>
        <source>sex</source>
        <translation>стать</translation>
    </message>
    <message>
        <location filename="../../views/remains/evidence.py" line="18"/>
        <source>stature</source>
        <translation>зріст</translation>
    </message>
</context>
<context>
    <name>ExchangeDayDialog</name>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="230"/>
        <source>Not ticked: {0} is marked came home only with a reason.</source>
        <translation>Не позначено: {0} можна позначити як повернутого лише з причиною.</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="271"/>
        <source>Against the registry&apos;s record (deceased or already returned), with the reasons given: {0}</source>
        <translation>Всупереч запису в реєстрі (загиблі або вже повернуті), з наведеними причинами: {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="167"/>
        <source>and {0} more (Show Details)</source>
        <translation>і ще {0} (див. «Показати подробиці»)</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="160"/>
        <source>Recorded: {0} came home of {1} expected, {2} handed over (parity {3:+d}).</source>
        <translation>Записано: повернулися {0} з {1} очікуваних, передано {2} (паритет {3:+d}).</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="168"/>
        <source>Did not come: {0}</source>
        <translation>Не повернулися: {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="52"/>
        <source>Exchange day: {0}</source>
        <translation>День обміну: {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="64"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="65"/>
        <source>Place:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="67"/>
        <source>Came home</source>
        <translation>Повернувся</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="67"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="67"/>
        <source>Row on their list</source>
        <translation>Рядок у їхньому списку</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="275"/>
        <source>Record the exchange</source>
        <translation>Записати обмін</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="67"/>
        <source>Registry record</source>
        <translation>Запис у реєстрі</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="83"/>
        <source>{0}: check before ticking</source>
        <translation>{0}: перевірте, перш ніж позначати</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="85"/>
        <source>The registry records this person as {0}. Ticking asks for the reason.</source>
        <translation>У реєстрі ця особа записана як «{0}». Щоб позначити її, треба вказати причину.</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="95"/>
        <source>Tick everyone expected who can come home</source>
        <translation>Позначити всіх очікуваних, хто може повернутися</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="97"/>
        <source>Persons recorded as deceased or returned stay unticked</source>
        <translation>Особи, записані як загиблі або вже повернуті, лишаються непозначеними</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="99"/>
        <source>Untick all</source>
        <translation>Зняти всі позначки</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="108"/>
        <source>One person per line: surname, given names, date of birth (persons of the other side)</source>
        <translation>Одна особа в рядку: прізвище, ім&apos;я, дата народження (особи іншої сторони)</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="116"/>
        <source>Record the exchange…</source>
        <translation>Записати обмін…</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="170"/>
        <source>Exchange ID: {0}</source>
        <translation>ID обміну: {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="213"/>
        <source>Recorded as {0}</source>
        <translation>У реєстрі: категорія «{0}»</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="216"/>
        <source>The registry records {0} as {1}.
To mark this person as came home, say why the record is wrong (for example: identified in person at the exchange). The reason is kept on the person&apos;s timeline.</source>
        <translation>У реєстрі {0} значиться в категорії «{1}».
Щоб позначити, що особа повернулася, вкажіть, чому запис хибний (наприклад: особу впізнано під час обміну). Причину буде збережено в хронології особи.</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="220"/>
        <source>Mark as came home</source>
        <translation>Позначити як повернутого</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="242"/>
        <source>Even: as many came home as were handed over.</source>
        <translation>Паритет рівний: повернулося стільки ж, скільки передано.</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="263"/>
        <source>Record the exchange of {0}?

{1} person(s) will be marked as returned home: their status changes to &quot;returned&quot; and the exchange goes on their timeline.
{2} expected person(s) did not come.
{3} person(s) handed over.

Check the ticks before recording: the statuses change at once.</source>
        <translation>Записати обмін {0}?

Осіб, позначених як повернуті додому: {1}. Їхній статус зміниться на «повернуті», а обмін з&apos;явиться в їхній хронології.
Очікуваних, які не прибули: {2}.
Передано осіб: {3}.

Перевірте позначки перед записом: статуси зміняться одразу.</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="273"/>
        <source>Came home:</source>
        <translation>Повернулися:</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="273"/>
        <source>Did not come:</source>
        <translation>Не прибули:</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="275"/>
        <source>Record</source>
        <translation>Записати</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="121"/>
        <source>Expected home (on the other side&apos;s list):</source>
        <translation>Очікувані (у списку іншої сторони):</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="124"/>
        <source>Handed over to the other side:</source>
        <translation>Передані іншій стороні:</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="250"/>
        <source>Came home {0} of {1} expected · handed over {2} · parity {3:+d}</source>
        <translation>Повернулися {0} з {1} очікуваних · передано {2} · паритет {3:+d}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/lists/exchange_day.py" line="244"/>
        <source>%n more came home than were handed over.</source>
        <translation>
            <numerusform>Повернулася на %n особу більше, ніж передано.</numerusform>
            <numerusform>Повернулося на %n особи більше, ніж передано.</numerusform>
            <numerusform>Повернулося на %n осіб більше, ніж передано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/lists/exchange_day.py" line="245"/>
        <source>%n more were handed over than came home.</source>
        <translation>
            <numerusform>Передано на %n особу більше, ніж повернулося.</numerusform>
            <numerusform>Передано на %n особи більше, ніж повернулося.</numerusform>
            <numerusform>Передано на %n осіб більше, ніж повернулося.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../views/common/forms.py" line="131"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../views/common/forms.py" line="270"/>
        <source>{0!r} is not a whole number</source>
        <translation>{0!r} — не ціле число</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../views/persons/filters.py" line="79"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/persons/filters.py" line="80"/>
        <source>Health</source>
        <translation>Здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/filters.py" line="81"/>
        <source>Annex I</source>
        <translation>Додаток I</translation>
    </message>
    <message>
        <location filename="../../views/persons/filters.py" line="86"/>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <location filename="../../views/persons/filters.py" line="86"/>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../../views/persons/filters.py" line="122"/>
        <source>Captured from</source>
        <translation>Полон з</translation>
    </message>
    <message>
        <location filename="../../views/persons/filters.py" line="124"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../views/persons/filters.py" line="100"/>
        <source>list: any</source>
        <translation>список: будь-який</translation>
    </message>
    <message>
        <location filename="../../views/persons/filters.py" line="105"/>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../views/remains/dialogs.py" line="83"/>
        <source>Burial</source>
        <translation>Поховання</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="97"/>
        <source>Burial place</source>
        <translation>Місце поховання</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="98"/>
        <source>Buried on</source>
        <translation>Дата поховання</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="88"/>
        <source>By whom</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="94"/>
        <source>Documents handed over</source>
        <translation>Передані документи</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="99"/>
        <source>Grave</source>
        <translation>Могила</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="92"/>
        <source>Handed over on</source>
        <translation>Дата передачі</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="89"/>
        <source>How (in person, by phone, by letter)</source>
        <translation>Як (особисто, телефоном, листом)</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="87"/>
        <source>Notified on</source>
        <translation>Дата повідомлення</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="111"/>
        <source>The date is required</source>
        <translation>Потрібна дата</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="81"/>
        <source>The family is notified</source>
        <translation>Родину повідомлено</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="82"/>
        <source>The remains are handed over</source>
        <translation>Останки передано</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="93"/>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../views/common/history_tab.py" line="26"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../views/common/history_tab.py" line="27"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../views/common/history_tab.py" line="28"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../views/common/history_tab.py" line="29"/>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../views/common/history_tab.py" line="30"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../views/common/history_tab.py" line="31"/>
        <source>Old value</source>
        <translation>Було</translation>
    </message>
    <message>
        <location filename="../../views/common/history_tab.py" line="32"/>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>IdentificationTab</name>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="50"/>
        <source>Burial…</source>
        <translation>Поховання…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="39"/>
        <source>Certificate</source>
        <translation>Свідоцтво</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="35"/>
        <source>Conclusion</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="38"/>
        <source>Decided</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="85"/>
        <source>Family notified: {0} {1} {2}. Handed over: {3} to {4}. Burial: {5} {6} {7}.</source>
        <translation>Родину повідомлено: {0} {1} {2}. Передано: {3}, кому: {4}. Поховання: {5} {6} {7}.</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="46"/>
        <source>Family notified…</source>
        <translation>Родину повідомлено…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="48"/>
        <source>Handed over…</source>
        <translation>Передано…</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="112"/>
        <source>Identification</source>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="78"/>
        <location filename="../../views/remains/case_tabs/identification.py" line="113"/>
        <source>No identification has been decided for this case.</source>
        <translation>Щодо цієї справи рішення про ідентифікацію немає.</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="52"/>
        <source>Open the person</source>
        <translation>Відкрити особу</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="34"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="37"/>
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/identification.py" line="36"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <location filename="../../views/lists/dialogs.py" line="281"/>
        <source>This file becomes version {0} of &quot;{1}&quot;: version {2} has {3} entries, this file has {4} lines.</source>
        <translation>Цей файл стане версією {0} списку «{1}»: у версії {2} записів — {3}, у цьому файлі рядків — {4}.</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="305"/>
        <source>Import it as the new version? The list is then checked in this version, and the two versions can be compared. To start a separate list instead, choose another side or phase.</source>
        <translation>Імпортувати його як нову версію? Список тоді перевірять у цій версії, а дві версії можна буде порівняти. Щоб натомість почати окремий список, виберіть іншу сторону або етап.</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="311"/>
        <source>A new version of an existing list</source>
        <translation>Нова версія наявного списку</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="313"/>
        <source>Import as version {0}</source>
        <translation>Імпортувати як версію {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="83"/>
        <source>Import a list: {0}</source>
        <translation>Імпорт списку: {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="119"/>
        <source>Agreement:</source>
        <translation>Домовленість:</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="120"/>
        <source>Side:</source>
        <translation>Сторона:</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="121"/>
        <source>Phase:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="99"/>
        <source>no phase</source>
        <translation>без етапу</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="94"/>
        <source>the other side&apos;s list (received)</source>
        <translation>список іншої сторони (отриманий)</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="95"/>
        <source>our list (sent)</source>
        <translation>наш список (надісланий)</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="126"/>
        <source>Which column holds what (as guessed from the headers)</source>
        <translation>Що в якому стовпці (за заголовками)</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="174"/>
        <source>column {0}</source>
        <translation>стовпець {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="193"/>
        <source>{0} lines; the first of them:</source>
        <translation>рядків: {0}; перші з них:</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="154"/>
        <source>Import and check</source>
        <translation>Імпортувати й перевірити</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="248"/>
        <source>Choose the column with the full name or the surname.</source>
        <translation>Виберіть стовпець із ПІБ або прізвищем.</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="250"/>
        <source>Record the agreement first: a list always belongs to one.</source>
        <translation>Спершу внесіть домовленість: список завжди належить до неї.</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="40"/>
        <source>Full name (one column)</source>
        <translation>ПІБ (один стовпець)</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="41"/>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="42"/>
        <source>Given names</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="43"/>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="44"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="45"/>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="46"/>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="47"/>
        <source>Category / health</source>
        <translation>Категорія / стан здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="48"/>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="49"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="50"/>
        <source>Number on the list</source>
        <translation>Номер у списку</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="51"/>
        <source>Day of birth</source>
        <translation>День народження</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="52"/>
        <source>Month of birth</source>
        <translation>Місяць народження</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="53"/>
        <source>Year of birth</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="122"/>
        <source>Sheet:</source>
        <translation>Аркуш:</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="114"/>
        <source>The sheet of the workbook that holds the list; choose another to read it</source>
        <translation>Аркуш книги, на якому список; виберіть інший, щоб прочитати його</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="228"/>
        <source>Reading the sheet {0}…</source>
        <translation>Читання аркуша {0}…</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="204"/>
        <source>The sheet &apos;{0}&apos; could not be read: {1}</source>
        <translation>Не вдалося прочитати аркуш «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="186"/>
        <source>row {0}: {1}</source>
        <translation>рядок {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="188"/>
        <source>{0} more</source>
        <translation>ще {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/dialogs.py" line="189"/>
        <source>Above the header, not entries: {0}</source>
        <translation>Над заголовком, не записи: {0}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="241"/>
        <source>Import a bundle</source>
        <translation>Імпорт пакета</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="250"/>
        <source>From {0}. Nothing is written until you apply it:</source>
        <translation>Від {0}. Нічого не записано, доки ви не застосуєте:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="253"/>
        <source>New records:</source>
        <translation>Нові записи:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="254"/>
        <source>Updated records:</source>
        <translation>Оновлені записи:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="255"/>
        <source>Deleted records:</source>
        <translation>Видалені записи:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="256"/>
        <source>Merged with changes made here:</source>
        <translation>Об’єднано зі змінами, зробленими тут:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="257"/>
        <source>Conflicts (to resolve):</source>
        <translation>Конфлікти (розв’язати):</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="258"/>
        <source>Waiting for a person&apos;s confirmation:</source>
        <translation>Чекають на підтвердження людиною:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="259"/>
        <source>Held until missing bundles arrive:</source>
        <translation>Відкладено до надходження відсутніх пакетів:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="268"/>
        <source>This bundle was imported before: nothing changes.</source>
        <translation>Цей пакет уже імпортовано: нічого не змінюється.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="273"/>
        <source>Quarantined: {0}</source>
        <translation>У карантині: {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="273"/>
        <source>Not imported: {0}</source>
        <translation>Не імпортовано: {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="276"/>
        <source>Reason code: {0}</source>
        <translation>Код причини: {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="287"/>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="300"/>
        <source>{0} was restored from a backup: its changes now go to a new chain ({0}#{1}). Our next bundle to it sends back what it lost.</source>
        <translation>{0} відновлено з резервної копії: його зміни тепер ідуть до нового ланцюжка ({0}#{1}). Наш наступний пакет для нього поверне те, що він утратив.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/office/bundle_dialogs.py" line="307"/>
        <source>%n change(s) made here to persons merged meanwhile elsewhere were made again on the persons kept.</source>
        <translation>
            <numerusform>%n зміну, зроблену тут в особі, яку тим часом об’єднали деінде, внесено знову в особу, що залишилася.</numerusform>
            <numerusform>%n зміни, зроблені тут в особах, яких тим часом об’єднали деінде, внесено знову в осіб, що залишилися.</numerusform>
            <numerusform>%n змін, зроблених тут в особах, яких тим часом об’єднали деінде, внесено знову в осіб, що залишилися.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/office/bundle_dialogs.py" line="315"/>
        <source>%n change(s) made here to persons merged meanwhile were not made again: the person kept has another value typed here for the same field. Choose one there.</source>
        <translation>
            <numerusform>%n зміну, зроблену тут в особі, яку тим часом об’єднали, не внесено знову: особа, що залишилася, має інше значення цього поля, введене тут. Виберіть одне там.</numerusform>
            <numerusform>%n зміни, зроблені тут в особах, яких тим часом об’єднали, не внесено знову: особа, що залишилася, має інше значення цього поля, введене тут. Виберіть одне там.</numerusform>
            <numerusform>%n змін, зроблених тут в особах, яких тим часом об’єднали, не внесено знову: особа, що залишилася, має інше значення цього поля, введене тут. Виберіть одне там.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="324"/>
        <source>{0} was given to two records: the later one becomes {1} (if they are one person, merge them).</source>
        <translation>{0} отримали два записи: пізніший стає {1} (якщо це одна особа, об’єднайте їх).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/office/bundle_dialogs.py" line="328"/>
        <source>… and %n more numbers given twice.</source>
        <translation>
            <numerusform>… і ще %n номер, виданий двічі.</numerusform>
            <numerusform>… і ще %n номери, видані двічі.</numerusform>
            <numerusform>… і ще %n номерів, виданих двічі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KinTab</name>
    <message>
        <location filename="../../views/persons/records/story.py" line="80"/>
        <source>Relative or person to inform</source>
        <translation>Родич або особа для повідомлення</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="61"/>
        <location filename="../../views/persons/records/story.py" line="82"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="62"/>
        <location filename="../../views/persons/records/story.py" line="83"/>
        <source>Relationship</source>
        <translation>Ступінь спорідненості</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="63"/>
        <location filename="../../views/persons/records/story.py" line="84"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="64"/>
        <location filename="../../views/persons/records/story.py" line="85"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="65"/>
        <location filename="../../views/persons/records/story.py" line="86"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="66"/>
        <source>To inform</source>
        <translation>Повідомляти</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="87"/>
        <source>Person to inform</source>
        <translation>Особа для повідомлення</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../views/common/labels.py" line="325"/>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="326"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="327"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="328"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="329"/>
        <source>Reliability</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="330"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="331"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="332"/>
        <source>Relationship</source>
        <translation>Ступінь спорідненості</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="333"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="334"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="335"/>
        <source>Person to inform</source>
        <translation>Кого повідомляти</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="336"/>
        <source>Stature, cm</source>
        <translation>Зріст, см</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="337"/>
        <source>Hair</source>
        <translation>Волосся</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="338"/>
        <source>Clothing last worn</source>
        <translation>Одяг, у якому бачили востаннє</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="339"/>
        <source>Told by</source>
        <translation>Зі слів</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="340"/>
        <source>Recorded on</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="341"/>
        <source>Last seen on</source>
        <translation>Востаннє бачили (дата)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="342"/>
        <source>Last seen at</source>
        <translation>Востаннє бачили (місце)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="356"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="356"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="55"/>
        <source>missing</source>
        <translation>зниклі безвісти</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="56"/>
        <source>captured</source>
        <translation>у полоні</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="57"/>
        <source>captured (unconfirmed)</source>
        <translation>у полоні (не підтверджено)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="58"/>
        <source>returned</source>
        <translation>повернуті</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="59"/>
        <source>deceased</source>
        <translation>загиблі</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="60"/>
        <location filename="../../views/common/labels.py" line="121"/>
        <location filename="../../views/common/labels.py" line="126"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="63"/>
        <source>good</source>
        <translation>добрий</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="64"/>
        <source>not wounded</source>
        <translation>без поранень</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="65"/>
        <source>recovered</source>
        <translation>одужав(-ла)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="66"/>
        <source>convalescent</source>
        <translation>одужує</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="67"/>
        <source>sick</source>
        <translation>хворий(-а)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="68"/>
        <source>seriously ill</source>
        <translation>тяжкохворий(-а)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="69"/>
        <source>slightly wounded</source>
        <translation>легкопоранений(-а)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="70"/>
        <source>seriously wounded</source>
        <translation>тяжкопоранений(-а)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="240"/>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="241"/>
        <source>name spelling</source>
        <translation>написання імені</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="242"/>
        <source>timeline event</source>
        <translation>подія</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="243"/>
        <source>next of kin</source>
        <translation>родич</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="244"/>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="245"/>
        <source>health report</source>
        <translation>звіт про здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="246"/>
        <source>medical commission</source>
        <translation>змішана медична комісія</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="247"/>
        <source>attachment</source>
        <translation>вкладення</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="248"/>
        <source>agreement</source>
        <translation>домовленість</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="249"/>
        <source>criteria</source>
        <translation>критерії</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="250"/>
        <source>phase</source>
        <translation>етап</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="251"/>
        <source>commitment</source>
        <translation>зобов&apos;язання</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="252"/>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="253"/>
        <source>list version</source>
        <translation>версія списку</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="254"/>
        <source>list entry</source>
        <translation>запис списку</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="255"/>
        <source>exchange</source>
        <translation>обмін</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="256"/>
        <source>exchange participant</source>
        <translation>учасник обміну</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="257"/>
        <source>remains batch</source>
        <translation>партія тіл</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="258"/>
        <source>remains case</source>
        <translation>справа тіла</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="259"/>
        <source>custody transfer</source>
        <translation>передача (ланцюг зберігання)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="260"/>
        <source>ante-mortem record</source>
        <translation>прижиттєві дані</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="261"/>
        <source>DNA sample</source>
        <translation>зразок ДНК</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="262"/>
        <source>DNA result</source>
        <translation>результат ДНК</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="263"/>
        <source>candidate</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="264"/>
        <source>identification</source>
        <translation>ідентифікація</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="265"/>
        <source>counterparty</source>
        <translation>адресат</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="266"/>
        <source>thread</source>
        <translation>листування</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="267"/>
        <source>thread link</source>
        <translation>зв&apos;язок листування</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="268"/>
        <source>letter</source>
        <translation>лист</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="269"/>
        <source>office</source>
        <translation>офіс</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="270"/>
        <source>user</source>
        <translation>користувач</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="430"/>
        <source>conflict between offices: {0}</source>
        <translation>конфлікт між офісами: {0}</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="75"/>
        <source>went missing</source>
        <translation>зник безвісти</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="76"/>
        <source>taken prisoner</source>
        <translation>потрапив у полон</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="77"/>
        <source>seen on video</source>
        <translation>побачений на відео</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="78"/>
        <source>letter received</source>
        <translation>отримано лист</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="79"/>
        <source>transferred</source>
        <translation>переведений</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="80"/>
        <source>hospitalised</source>
        <translation>госпіталізований</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="81"/>
        <source>released</source>
        <translation>звільнений</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="82"/>
        <source>escaped</source>
        <translation>втік</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="83"/>
        <source>exchanged</source>
        <translation>обміняний</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="84"/>
        <source>repatriated</source>
        <translation>репатрійований</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="85"/>
        <source>died</source>
        <translation>помер</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="86"/>
        <source>remains identified</source>
        <translation>останки ідентифіковано</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="78"/>
        <location filename="../../views/common/field_labels.py" line="96"/>
        <location filename="../../views/common/labels.py" line="87"/>
        <location filename="../../views/common/labels.py" line="104"/>
        <location filename="../../views/common/labels.py" line="111"/>
        <location filename="../../views/common/labels.py" line="154"/>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="50"/>
        <location filename="../../views/common/field_labels.py" line="71"/>
        <location filename="../../views/common/labels.py" line="90"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="91"/>
        <source>probable</source>
        <translation>ймовірно</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="92"/>
        <source>possible</source>
        <translation>можливо</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="93"/>
        <source>unconfirmed</source>
        <translation>не підтверджено</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="96"/>
        <source>relative</source>
        <translation>родич</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="97"/>
        <source>released prisoner</source>
        <translation>звільнений полонений</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="98"/>
        <source>video</source>
        <translation>відео</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="99"/>
        <source>the other side&apos;s list</source>
        <translation>список іншої сторони</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="75"/>
        <location filename="../../views/common/labels.py" line="100"/>
        <source>ICRC</source>
        <translation>МКЧХ</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="101"/>
        <source>military unit</source>
        <translation>військова частина</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="102"/>
        <source>media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="103"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="107"/>
        <source>original</source>
        <translation>оригінал</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="108"/>
        <source>official Latin (2010)</source>
        <translation>офіційна латиниця (2010)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="109"/>
        <source>Russian form</source>
        <translation>російська форма</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="110"/>
        <source>passport Latin</source>
        <translation>паспортна латиниця</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="114"/>
        <source>repatriate</source>
        <translation>репатріювати</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="115"/>
        <source>exclude</source>
        <translation>відмовити</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="116"/>
        <source>re-examine</source>
        <translation>переогляд</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="119"/>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="120"/>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="124"/>
        <source>given</source>
        <translation>надано</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="125"/>
        <source>refused</source>
        <translation>відмовився</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="274"/>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="275"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="276"/>
        <location filename="../../views/common/labels.py" line="427"/>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="152"/>
        <source>amputation</source>
        <translation>ампутація</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="172"/>
        <source>before the board</source>
        <translation>на розгляді комісії</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="150"/>
        <source>birthmark</source>
        <translation>родимка</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="134"/>
        <source>bridge</source>
        <translation>міст</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="144"/>
        <source>burned</source>
        <translation>обгорілі</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="138"/>
        <source>cannot be charted</source>
        <translation>неможливо оглянути</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="157"/>
        <source>collected</source>
        <translation>відібрано</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="141"/>
        <source>complete</source>
        <translation>повні</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="133"/>
        <source>crowned</source>
        <translation>коронка</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="137"/>
        <source>decayed</source>
        <translation>карієс</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="173"/>
        <source>decided</source>
        <translation>рішення ухвалено</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="143"/>
        <source>decomposed</source>
        <translation>розкладені</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="153"/>
        <source>deformity</source>
        <translation>деформація</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="165"/>
        <source>excluded</source>
        <translation>виключено</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="160"/>
        <source>failed</source>
        <translation>невдалий</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="132"/>
        <source>filled</source>
        <translation>пломба</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="39"/>
        <source>our side</source>
        <translation>наша сторона</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="40"/>
        <location filename="../../views/common/field_labels.py" line="74"/>
        <source>the other side</source>
        <translation>інша сторона</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="43"/>
        <source>any one criterion</source>
        <translation>будь-якому з критеріїв</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="44"/>
        <source>all the criteria</source>
        <translation>усім критеріям</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="47"/>
        <source>not found in the registry</source>
        <translation>не знайдено в реєстрі</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="48"/>
        <source>needs review</source>
        <translation>потребує перевірки</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="49"/>
        <source>found in the registry</source>
        <translation>знайдено в реєстрі</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="51"/>
        <location filename="../../views/common/field_labels.py" line="70"/>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="54"/>
        <source>coming home</source>
        <translation>повертається додому</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="55"/>
        <source>handed over to the other side</source>
        <translation>передається іншій стороні</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="58"/>
        <source>received</source>
        <translation>отримано</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="59"/>
        <source>examined</source>
        <translation>обстежено</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="60"/>
        <source>DNA sampled</source>
        <translation>взято зразок ДНК</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="61"/>
        <location filename="../../views/common/labels.py" line="164"/>
        <source>identified</source>
        <translation>ідентифіковано</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="62"/>
        <source>handed over to the family</source>
        <translation>передано родині</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="65"/>
        <source>from the remains</source>
        <translation>з останків</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="66"/>
        <source>reference (from a relative)</source>
        <translation>від родича</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="69"/>
        <source>proposed</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="76"/>
        <source>ombudsperson</source>
        <translation>омбудсман</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="77"/>
        <location filename="../../views/common/field_labels.py" line="109"/>
        <source>mediator</source>
        <translation>посередник</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="81"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="82"/>
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="83"/>
        <source>awaiting reply</source>
        <translation>очікує відповіді</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="84"/>
        <source>answered</source>
        <translation>отримано відповідь</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="85"/>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="88"/>
        <source>incoming</source>
        <translation>вхідний</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="89"/>
        <source>outgoing</source>
        <translation>вихідний</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="92"/>
        <source>diplomatic note</source>
        <translation>дипломатична нота</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="93"/>
        <source>e-mail</source>
        <translation>електронна пошта</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="94"/>
        <source>through the ICRC</source>
        <translation>через МКЧХ</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="95"/>
        <source>handed over at a meeting</source>
        <translation>передано на зустрічі</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="99"/>
        <source>viewer</source>
        <translation>переглядач</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="100"/>
        <source>clerk</source>
        <translation>діловод</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="101"/>
        <source>supervisor</source>
        <translation>керівник</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="102"/>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="105"/>
        <source>headquarters</source>
        <translation>штаб</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="106"/>
        <source>regional office</source>
        <translation>регіональний офіс</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="107"/>
        <source>field team</source>
        <translation>польова група</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="108"/>
        <source>laboratory</source>
        <translation>лабораторія</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="114"/>
        <source>body mark</source>
        <translation>особлива прикмета</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="115"/>
        <location filename="../../views/common/labels.py" line="135"/>
        <source>implant</source>
        <translation>імплант</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="116"/>
        <source>dental finding</source>
        <translation>стоматологічні дані</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="117"/>
        <source>board signature</source>
        <translation>підпис члена комісії</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="118"/>
        <source>office setting</source>
        <translation>налаштування офісу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="119"/>
        <source>office card</source>
        <translation>картка офісу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="120"/>
        <source>bundle profile</source>
        <translation>профіль пакетів</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="127"/>
        <source>Agreement</source>
        <translation>Домовленість</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="128"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="129"/>
        <source>Signed on</source>
        <translation>Дата підписання</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="130"/>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="131"/>
        <source>Mediator</source>
        <translation>Посередник</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="132"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="133"/>
        <source>A person must meet</source>
        <translation>Особа має відповідати</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="134"/>
        <source>Criteria</source>
        <translation>Критерії</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="135"/>
        <source>Effective from</source>
        <translation>Діє з</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="136"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="137"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="138"/>
        <source>Planned on</source>
        <translation>Запланована дата</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="139"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="140"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="141"/>
        <source>Due on</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="142"/>
        <source>Fulfilled on</source>
        <translation>Дата виконання</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="143"/>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="145"/>
        <source>Phase</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="146"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="147"/>
        <source>Received on</source>
        <translation>Дата отримання</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="148"/>
        <source>Source file</source>
        <translation>Вихідний файл</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="149"/>
        <source>Checksum of the source file</source>
        <translation>Контрольна сума вихідного файлу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="150"/>
        <source>Criteria version</source>
        <translation>Версія критеріїв</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="151"/>
        <source>Which column holds what</source>
        <translation>Що в якому стовпці</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="152"/>
        <source>Locked at</source>
        <translation>Час блокування</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="153"/>
        <source>Locked by</source>
        <translation>Хто заблокував</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="154"/>
        <source>List version</source>
        <translation>Версія списку</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="155"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="156"/>
        <source>Cells as written</source>
        <translation>Клітинки, як написано</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="157"/>
        <source>Day and month of birth may be swapped</source>
        <translation>День і місяць народження можуть бути переплутані</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="158"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="159"/>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="160"/>
        <source>Match score</source>
        <translation>Оцінка збігу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="161"/>
        <source>Alerts</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="162"/>
        <source>Meets the criteria</source>
        <translation>Відповідає критеріям</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="163"/>
        <source>Criteria check</source>
        <translation>Перевірка на відповідність критеріям</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="164"/>
        <source>Row in the file</source>
        <translation>Рядок у файлі</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="165"/>
        <source>How the line was read</source>
        <translation>Як прочитано рядок</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="167"/>
        <source>Held on</source>
        <translation>Дата проведення</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="168"/>
        <source>Exchange</source>
        <translation>Обмін</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="169"/>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="170"/>
        <source>List entry</source>
        <translation>Запис списку</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="171"/>
        <source>Name as listed</source>
        <translation>Ім&apos;я, як у списку</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="172"/>
        <source>Expected</source>
        <translation>Очікується</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="173"/>
        <source>Came home</source>
        <translation>Повернувся</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="175"/>
        <source>Counterparty</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="176"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="177"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="178"/>
        <source>Thread</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="179"/>
        <source>Kind of record</source>
        <translation>Вид запису</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="180"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="181"/>
        <source>Our reference</source>
        <translation>Наш номер</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="182"/>
        <source>Their reference</source>
        <translation>Їхній номер</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="183"/>
        <source>Sent on</source>
        <translation>Дата надсилання</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="184"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="185"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="186"/>
        <source>Text of the letter</source>
        <translation>Текст листа</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="187"/>
        <source>Registered by</source>
        <translation>Хто зареєстрував</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="188"/>
        <source>Corrects the letter</source>
        <translation>Виправляє лист</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="190"/>
        <source>Spelling</source>
        <translation>Написання</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="191"/>
        <source>Generated automatically</source>
        <translation>Створено автоматично</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="192"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="193"/>
        <source>Reported on</source>
        <translation>Дата звіту</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="194"/>
        <source>Examined on</source>
        <translation>Дата огляду</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="195"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="196"/>
        <source>Members</source>
        <translation>Члени комісії</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="197"/>
        <source>Votes for</source>
        <translation>Голосів «за»</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="198"/>
        <source>Votes against</source>
        <translation>Голосів «проти»</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="199"/>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="201"/>
        <source>Batch number</source>
        <translation>Номер партії</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="202"/>
        <source>Handed over by</source>
        <translation>Хто передав</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="203"/>
        <source>Declared count</source>
        <translation>Заявлена кількість</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="204"/>
        <source>Bag or label numbers</source>
        <translation>Номери мішків або бирок</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="205"/>
        <source>Part of the individual (case)</source>
        <translation>Частина тіла особи (справа)</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="206"/>
        <source>Remains case</source>
        <translation>Справа тіла</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="207"/>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="208"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="209"/>
        <source>Transferred at</source>
        <translation>Час передачі</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="210"/>
        <source>By whom</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="211"/>
        <source>Build</source>
        <translation>Статура</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="212"/>
        <source>Eye colour</source>
        <translation>Колір очей</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="213"/>
        <source>Medical history</source>
        <translation>Медичні дані</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="214"/>
        <source>Dental records</source>
        <translation>Стоматологічні записи</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="215"/>
        <source>Effects carried</source>
        <translation>Речі при собі</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="216"/>
        <source>Ante-mortem record</source>
        <translation>Прижиттєві дані</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="217"/>
        <source>Body location</source>
        <translation>Місце на тілі</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="218"/>
        <source>Serial number</source>
        <translation>Серійний номер</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="219"/>
        <source>Tooth</source>
        <translation>Зуб</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="220"/>
        <source>Sample number</source>
        <translation>Номер зразка</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="221"/>
        <source>Relative&apos;s name</source>
        <translation>Ім&apos;я родича</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="222"/>
        <source>Laboratory</source>
        <translation>Лабораторія</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="223"/>
        <source>Re-sample of</source>
        <translation>Повторний зразок для</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="224"/>
        <source>Sample from the remains</source>
        <translation>Зразок з останків</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="225"/>
        <source>Reference sample</source>
        <translation>Зразок родича</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="226"/>
        <source>Likelihood ratio</source>
        <translation>Відношення правдоподібності</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="227"/>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="228"/>
        <source>Reason for rejection</source>
        <translation>Причина відхилення</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="229"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="230"/>
        <source>Proposed on</source>
        <translation>Дата подання</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="231"/>
        <source>Proposed by</source>
        <translation>Хто подав</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="232"/>
        <source>Decided on</source>
        <translation>Дата рішення</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="233"/>
        <source>Board members</source>
        <translation>Члени комісії</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="234"/>
        <source>Signed by</source>
        <translation>Хто підписав</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="235"/>
        <source>Death certificate number</source>
        <translation>Номер свідоцтва про смерть</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="236"/>
        <source>Family notified on</source>
        <translation>Дата повідомлення родини</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="237"/>
        <source>Notified by</source>
        <translation>Хто повідомив</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="238"/>
        <source>How the family was notified</source>
        <translation>Як повідомлено родину</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="239"/>
        <source>Handed over on</source>
        <translation>Дата передачі</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="240"/>
        <source>Handed over to</source>
        <translation>Кому передано</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="241"/>
        <source>Handover documents</source>
        <translation>Документи передачі</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="242"/>
        <source>Burial date</source>
        <translation>Дата поховання</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="243"/>
        <source>Identification</source>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="244"/>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="245"/>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="246"/>
        <source>Approves</source>
        <translation>Схвалює</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="247"/>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="248"/>
        <source>Signed at</source>
        <translation>Час підписання</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="250"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="251"/>
        <source>Public signing key</source>
        <translation>Відкритий ключ підпису</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="252"/>
        <source>Encryption key of the exchange bundles</source>
        <translation>Ключ шифрування пакетів обміну</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="253"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="254"/>
        <source>Office</source>
        <translation>Офіс</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="255"/>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="256"/>
        <source>Checksum of the file</source>
        <translation>Контрольна сума файлу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="257"/>
        <source>Attached to (kind of record)</source>
        <translation>До чого додано (вид запису)</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="258"/>
        <source>Attached to</source>
        <translation>До чого додано</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="259"/>
        <source>File name</source>
        <translation>Назва файлу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="260"/>
        <source>File type</source>
        <translation>Тип файлу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="262"/>
        <source>Key id</source>
        <translation>Ідентифікатор ключа</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="263"/>
        <source>Signed card</source>
        <translation>Підписана картка</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="264"/>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="265"/>
        <source>Trusted by</source>
        <translation>Довірив</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="266"/>
        <source>How trusted</source>
        <translation>Як довірено</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="267"/>
        <source>Key trusted up to change</source>
        <translation>Ключ довірений до зміни №</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="268"/>
        <source>Revocation by headquarters</source>
        <translation>Відкликання штабом</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="272"/>
        <source>What the profile sends</source>
        <translation>Що надсилає профіль</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="274"/>
        <source>Classification marking on reports</source>
        <translation>Гриф на звітах</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="275"/>
        <source>DNA likelihood ratio: certain from</source>
        <translation>Відношення правдоподібності ДНК: достовірно від</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="276"/>
        <source>DNA likelihood ratio: probable from</source>
        <translation>Відношення правдоподібності ДНК: ймовірно від</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="277"/>
        <source>Board signatures required</source>
        <translation>Потрібно підписів комісії</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="278"/>
        <source>Days given for a reply</source>
        <translation>Днів на відповідь</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="281"/>
        <source>Name of the organisation</source>
        <translation>Назва організації</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="282"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="285"/>
        <source>Name of the office</source>
        <translation>Назва офісу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="286"/>
        <source>Kind of office</source>
        <translation>Вид офісу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="288"/>
        <source>Card version</source>
        <translation>Версія картки</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="289"/>
        <source>Login</source>
        <translation>Ім&apos;я для входу</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="290"/>
        <source>Kind of source</source>
        <translation>Вид джерела</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="291"/>
        <source>Kind of mark</source>
        <translation>Вид прикмети</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="293"/>
        <source>Kind of sample</source>
        <translation>Вид зразка</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="294"/>
        <source>Collected on</source>
        <translation>Дата відбору</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="296"/>
        <source>State of the tooth</source>
        <translation>Стан зуба</translation>
    </message>
    <message>
        <location filename="../../views/common/field_labels.py" line="297"/>
        <source>Phase number</source>
        <translation>Номер етапу</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="142"/>
        <source>incomplete</source>
        <translation>неповні</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="130"/>
        <source>missing (lost in life)</source>
        <translation>відсутній (втрачений за життя)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="131"/>
        <source>missing post mortem</source>
        <translation>втрачений посмертно</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="151"/>
        <source>piercing</source>
        <translation>пірсинг</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="129"/>
        <source>present</source>
        <translation>наявний</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="168"/>
        <source>primary (DNA, fingerprints, dental)</source>
        <translation>первинний (ДНК, відбитки пальців, зуби)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="159"/>
        <source>profiled</source>
        <translation>профіль отримано</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="161"/>
        <source>re-sample requested</source>
        <translation>потрібен повторний зразок</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="136"/>
        <source>root canal</source>
        <translation>лікований канал</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="148"/>
        <source>scar</source>
        <translation>шрам</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="169"/>
        <source>secondary (description, medical, effects)</source>
        <translation>вторинний (опис, медичні дані, речі)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="158"/>
        <source>sent to the lab</source>
        <translation>надіслано до лабораторії</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="145"/>
        <source>skeletal</source>
        <translation>скелетовані</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="149"/>
        <source>tattoo</source>
        <translation>татуювання</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="174"/>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="296"/>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="297"/>
        <source>Given names</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="298"/>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="299"/>
        <source>Mother&apos;s maiden name</source>
        <translation>Дівоче прізвище матері</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="300"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="301"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="302"/>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="303"/>
        <source>Citizenship (Power depended on)</source>
        <translation>Громадянство (держава, від якої залежить)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="304"/>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="305"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="306"/>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="307"/>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="308"/>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="309"/>
        <source>Civilian</source>
        <translation>Цивільна особа</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="310"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="311"/>
        <source>Capture date</source>
        <translation>Дата полону</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="312"/>
        <source>Capture place</source>
        <translation>Місце полону</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="313"/>
        <source>Coming from (unit, camp, hospital)</source>
        <translation>Звідки (частина, табір, шпиталь)</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="314"/>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="315"/>
        <source>Prisoner number</source>
        <translation>Номер військовополоненого</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="316"/>
        <source>Address for correspondence</source>
        <translation>Адреса для листування</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="317"/>
        <source>Consent to repatriation</source>
        <translation>Згода на репатріацію</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="318"/>
        <source>Health</source>
        <translation>Здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="319"/>
        <source>Annex I category</source>
        <translation>Категорія за Додатком I</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="320"/>
        <source>Date of death</source>
        <translation>Дата смерті</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="321"/>
        <source>Place of death</source>
        <translation>Місце смерті</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="322"/>
        <source>Cause of death</source>
        <translation>Причина смерті</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="323"/>
        <source>Burial place</source>
        <translation>Місце поховання</translation>
    </message>
    <message>
        <location filename="../../views/common/labels.py" line="324"/>
        <source>Grave</source>
        <translation>Могила</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="62"/>
        <source>Register a letter received</source>
        <translation>Реєстрація отриманого листа</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="62"/>
        <source>New outgoing letter</source>
        <translation>Новий вихідний лист</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="75"/>
        <source>Received on:</source>
        <translation>Отримано:</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="75"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="77"/>
        <source>Their reference:</source>
        <translation>Їхній номер:</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="80"/>
        <source>A draft until it is marked as sent; then it gets our number.</source>
        <translation>Чернетка, доки її не позначено як надіслану; тоді вона отримає наш номер.</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="89"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="90"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="83"/>
        <source>(no template)</source>
        <translation>(без шаблону)</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="87"/>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/dto.py" line="59"/>
        <source>Acknowledgement of a reply</source>
        <translation>Підтвердження отримання відповіді</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/dto.py" line="60"/>
        <source>Request for information about a person</source>
        <translation>Запит про надання відомостей щодо особи</translation>
    </message>
    <message>
        <location filename="../../models/correspondence/dto.py" line="61"/>
        <source>Notification of identification</source>
        <translation>Повідомлення про ідентифікацію</translation>
    </message>
</context>
<context>
    <name>ListContents</name>
    <message>
        <location filename="../../views/lists/reading.py" line="169"/>
        <source>Entries ({0})</source>
        <translation>Записи ({0})</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="178"/>
        <source>Rows kept aside ({0})</source>
        <translation>Відкладені рядки ({0})</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="173"/>
        <source>Rows kept aside ({0}, {1} to look at)</source>
        <translation>Відкладені рядки ({0}, переглянути: {1})</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="174"/>
        <source>{0} of them hold a name and a date of birth: see whether they are persons</source>
        <translation>У {0} з них є ім&apos;я та дата народження: перевірте, чи це не особи</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="171"/>
        <source>Rows of the file that are not persons: never matched, judged or put in a letter</source>
        <translation>Рядки файлу, що не є особами: їх не зіставляють, не оцінюють і не вносять до листів</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="194"/>
        <source>How the file was read</source>
        <translation>Як прочитано файл</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="211"/>
        <source>{0} cell(s) could not be read; their entries are kept as written: {1}</source>
        <translation>Не вдалося прочитати клітинок: {0}; їхні записи збережено як написано: {1}</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="217"/>
        <source>This is version {0} of the list; the version before it had {1} entries.</source>
        <translation>Це версія {0} списку; у попередній версії записів було {1}.</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="140"/>
        <source>No entry matches this filter.</source>
        <translation>Жоден запис не відповідає цьому фільтру.</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="142"/>
        <source>No list shown: select a list in the tree, or import one (Import list…).</source>
        <translation>Список не показано: виберіть список у дереві або імпортуйте новий («Імпортувати список…»).</translation>
    </message>
</context>
<context>
    <name>ListEntriesModel</name>
    <message>
        <location filename="../../views/lists/model.py" line="20"/>
        <source>Registry says</source>
        <translation>Реєстр каже</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="36"/>
        <source>recorded deceased</source>
        <translation>записаний загиблим</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="37"/>
        <source>already returned</source>
        <translation>уже повернутий</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="38"/>
        <source>on both sides&apos; lists</source>
        <translation>у списках обох сторін</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="15"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="16"/>
        <source>Row in the file</source>
        <translation>Рядок у файлі</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="17"/>
        <source>Name as written</source>
        <translation>Ім&apos;я, як написано</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="18"/>
        <source>Date of birth as written</source>
        <translation>Дата народження, як написано</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="19"/>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="21"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="22"/>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="23"/>
        <source>Compliant</source>
        <translation>Відповідає</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="24"/>
        <source>Reason</source>
        <translation>Підстава</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="25"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="137"/>
        <source>matched</source>
        <translation>знайдено</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="137"/>
        <source>needs review</source>
        <translation>перевірити</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="137"/>
        <source>unmatched</source>
        <translation>не знайдено</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="179"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="179"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="179"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>ListTree</name>
    <message>
        <location filename="../../views/lists/tree.py" line="23"/>
        <source>Agreements and lists</source>
        <translation>Домовленості та списки</translation>
    </message>
    <message>
        <location filename="../../views/lists/tree.py" line="38"/>
        <source>, phase {0}</source>
        <translation>, етап {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/tree.py" line="41"/>
        <source>{0}{1} — v{2}</source>
        <translation>{0}{1} — в.{2}</translation>
    </message>
    <message>
        <location filename="../../views/lists/tree.py" line="37"/>
        <source>theirs</source>
        <translation>їхній</translation>
    </message>
    <message>
        <location filename="../../views/lists/tree.py" line="37"/>
        <source>ours</source>
        <translation>наш</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../views/lists/page.py" line="97"/>
        <source>Reverse the last exchange day…</source>
        <translation>Анулювати останній день обміну…</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="32"/>
        <source>Deceased, returned or on both lists</source>
        <translation>Загиблі, повернуті або в обох списках</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="382"/>
        <source>Lock &quot;{0}&quot; as submitted?

Its latest version becomes the one handed to the other side: it can never be edited again. Later changes need a new version, compared against this one.</source>
        <translation>Заблокувати «{0}» як поданий?

Його остання версія стане тією, що передана іншій стороні: її ніколи не можна буде змінити. Подальші зміни — лише новою версією, яку порівнюють із цією.</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="386"/>
        <source>Lock the list</source>
        <translation>Заблокувати список</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="386"/>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="81"/>
        <source>Import list…</source>
        <translation>Імпортувати список…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="83"/>
        <source>Check again</source>
        <translation>Перевірити знову</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="85"/>
        <source>Review matches…</source>
        <translation>Переглянути збіги…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="178"/>
        <source>Agreement ID</source>
        <translation>ID домовленості</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="183"/>
        <source>List ID</source>
        <translation>ID списку</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="240"/>
        <source>Import a list</source>
        <translation>Імпорт списку</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="241"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Списки (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="291"/>
        <source>Importing and checking the list…</source>
        <translation>Імпорт і перевірка списку…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="325"/>
        <source>Checking the list…</source>
        <translation>Перевірка списку…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="332"/>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="219"/>
        <source>version {0}: {1} entries · matched {2} · needs review {3} · unmatched {4} · not compliant {5}</source>
        <translation>версія {0}: записів {1} · збіг {2} · перевірити {3} · не знайдено {4} · не відповідає {5}</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="87"/>
        <source>Exchange day…</source>
        <translation>День обміну…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="96"/>
        <source>Draft a clarification request…</source>
        <translation>Підготувати запит про уточнення…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="89"/>
        <source>More</source>
        <translation>Ще</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="92"/>
        <source>Build our list…</source>
        <translation>Скласти наш список…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="356"/>
        <source>Building our list…</source>
        <translation>Складання нашого списку…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="93"/>
        <source>Compare with the previous version…</source>
        <translation>Порівняти з попередньою версією…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="94"/>
        <source>Lock as submitted</source>
        <translation>Заблокувати як поданий</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="398"/>
        <source>locked as submitted</source>
        <translation>заблоковано як поданий</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="95"/>
        <source>Export as XLSX or CSV…</source>
        <translation>Експортувати в XLSX або CSV…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="99"/>
        <source>Print / Export PDF</source>
        <translation>Друк / експорт у PDF</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="103"/>
        <source>Phase list for the delegation…</source>
        <translation>Список етапу для делегації…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="112"/>
        <source>Exchange-day reconciliation…</source>
        <translation>Звірка дня обміну…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="109"/>
        <source>Compliance report…</source>
        <translation>Звіт про відповідність…</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="404"/>
        <source>Export the list</source>
        <translation>Експорт списку</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="406"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="406"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="457"/>
        <source>Exchange day</source>
        <translation>День обміну</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="445"/>
        <source>phase {0}</source>
        <translation>етап {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/page.py" line="445"/>
        <source>no phase</source>
        <translation>без етапу</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="28"/>
        <source>All entries</source>
        <translation>Усі записи</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="29"/>
        <source>Unmatched</source>
        <translation>Не знайдені</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="30"/>
        <source>Needs review</source>
        <translation>Потребують перевірки</translation>
    </message>
    <message>
        <location filename="../../views/lists/model.py" line="31"/>
        <source>Not compliant</source>
        <translation>Не відповідають критеріям</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../views/app/login.py" line="39"/>
        <source>Repatria — log in</source>
        <translation>Repatria — вхід</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="49"/>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="56"/>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="57"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="58"/>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="73"/>
        <source>Log in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="102"/>
        <source>This is a demo database with made-up data. User: {0}, password: {1}</source>
        <translation>Це демонстраційна база з вигаданими даними. Користувач: {0}, пароль: {1}</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="115"/>
        <source>Choose the database</source>
        <translation>Виберіть базу даних</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="116"/>
        <source>Repatria databases (*.db);;All files (*)</source>
        <translation>Бази Repatria (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="129"/>
        <source>Enter your user name.</source>
        <translation>Введіть ім&apos;я користувача.</translation>
    </message>
    <message>
        <location filename="../../views/app/login.py" line="136"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/app/main_window.py" line="137"/>
        <source>Dashboard</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="137"/>
        <source>Persons</source>
        <translation>Особи</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="168"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="171"/>
        <source>Search:</source>
        <translation>Пошук:</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="164"/>
        <source>Search by name in any spelling, service number, date of birth…</source>
        <translation>Пошук за ім&apos;ям у будь-якому написанні, особистим номером, датою народження…</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="328"/>
        <source>{0} and {1} merged into one record: {2}.</source>
        <translation>{0} і {1} об’єднано в один запис: {2}.</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="380"/>
        <source>found: {0}</source>
        <translation>знайдено: {0}</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="383"/>
        <source>(no one has every word; those shown lack «{0}»)</source>
        <translation>(усіх слів немає ні в кого; у показаних немає «{0}»)</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="386"/>
        <source>(no one has every word; each shown lacks one of {0})</source>
        <translation>(усіх слів немає ні в кого; у кожного з показаних немає одного з {0})</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="311"/>
        <location filename="../../views/app/main_window.py" line="324"/>
        <source>Not merged</source>
        <translation>Не об&apos;єднано</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="139"/>
        <location filename="../../views/app/main_window.py" line="213"/>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="215"/>
        <location filename="../../views/app/main_window.py" line="217"/>
        <source>{0} threads past their due date</source>
        <translation>Листувань із простроченою відповіддю: {0}</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="138"/>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="97"/>
        <source>Repatria — {0} ({1})</source>
        <translation>Repatria — {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="141"/>
        <source>Offices</source>
        <translation>Офіси</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="201"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="201"/>
        <source>Save or close the persons being edited, then switch the language.</source>
        <translation>Збережіть або закрийте особи, що редагуються, і тоді змініть мову.</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="297"/>
        <source>Waiting for another program writing to the database to finish (an import, a list check, or the app of another clerk)…</source>
        <translation>Очікування, доки інша програма завершить запис до бази даних (імпорт, перевірка списку або застосунок іншого працівника)…</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="306"/>
        <source>Select exactly two persons to merge (Ctrl+click).</source>
        <translation>Виберіть рівно дві особи для об&apos;єднання (Ctrl+клік).</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="388"/>
        <source>shown: {0} of {1}</source>
        <translation>показано: {0} з {1}</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="390"/>
        <source>{0} persons</source>
        <translation>осіб: {0}</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="418"/>
        <source>Not closed</source>
        <translation>Не закрито</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/app/main_window.py" line="419"/>
        <source>%n person(s) have changes that are not saved: save or close them first.</source>
        <translation>
            <numerusform>%n особа має незбережені зміни: збережіть або закрийте їх спершу.</numerusform>
            <numerusform>%n особи мають незбережені зміни: збережіть або закрийте їх спершу.</numerusform>
            <numerusform>%n осіб мають незбережені зміни: збережіть або закрийте їх спершу.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="272"/>
        <source>Ante mortem</source>
        <translation>Прижиттєві дані</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="140"/>
        <location filename="../../views/app/main_window.py" line="230"/>
        <source>Remains</source>
        <translation>Останки</translation>
    </message>
    <message>
        <location filename="../../views/app/main_window.py" line="231"/>
        <source>{0} proposals wait for the identification board</source>
        <translation>{0} пропозицій чекають на ідентифікаційну комісію</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="145"/>
        <location filename="../../desktop/app.py" line="215"/>
        <source>Save or close the persons being edited first.</source>
        <translation>Спершу збережіть або закрийте відкриті картки осіб.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="160"/>
        <source>Not restored</source>
        <translation>Не відновлено</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="165"/>
        <source>Restored from {0} ({1} changes, checked); the database it replaced is kept as {2}. Changes made after the backup come back with the next bundles from the other offices.</source>
        <translation>Відновлено з {0} ({1} змін, перевірено); базу, яку вона замінила, збережено як {2}. Зміни, зроблені після резервної копії, повернуться з наступними пакетами від інших офісів.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/app.py" line="171"/>
        <source>%n change(s) made there never went to another office: they are only in {0}.</source>
        <translation>
            <numerusform>%n зміна, зроблена там, не потрапила до жодного іншого офісу: вона є лише в {0}.</numerusform>
            <numerusform>%n зміни, зроблені там, не потрапили до жодного іншого офісу: вони є лише в {0}.</numerusform>
            <numerusform>%n змін, зроблених там, не потрапили до жодного іншого офісу: вони є лише в {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="176"/>
        <source>It did not open with this password, so its changes that never went to another office could not be counted: open {0} with the current password to see them.</source>
        <translation>Вона не відкрилася з цим паролем, тож її зміни, що не потрапили до жодного іншого офісу, не вдалося порахувати: відкрийте {0} з поточним паролем, щоб їх побачити.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="191"/>
        <source>Restoring…</source>
        <translation>Відновлення…</translation>
    </message>
</context>
<context>
    <name>MarksEditor</name>
    <message>
        <location filename="../../views/remains/marks.py" line="77"/>
        <source>Add implant</source>
        <translation>Додати імплант</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="73"/>
        <source>Add mark</source>
        <translation>Додати прикмету</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="53"/>
        <source>Body location</source>
        <translation>Місце на тілі</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="53"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="68"/>
        <source>Implant</source>
        <translation>Імплант</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="92"/>
        <source>Implants, with serial numbers</source>
        <translation>Імпланти із серійними номерами</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="53"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="61"/>
        <source>Marks in the words of the family or the examination, in Ukrainian, Russian or English; several at once. Enter adds them as rows: check how each is understood and correct it.</source>
        <translation>Прикмети словами родини чи експерта — українською, російською чи англійською, кілька одразу. Enter додає їх рядками: перевірте, як зрозуміло кожну, і виправте.</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="58"/>
        <source>Paste marks as written, e.g. тату хрест на правому передпліччі</source>
        <translation>Вставте прикмети, як їх записано, напр. тату хрест на правому передпліччі</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="66"/>
        <source>Read marks</source>
        <translation>Прочитати прикмети</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="79"/>
        <source>Remove implant</source>
        <translation>Видалити імплант</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="75"/>
        <source>Remove mark</source>
        <translation>Видалити прикмету</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="83"/>
        <source>Scars, tattoos and other marks</source>
        <translation>Шрами, татуювання та інші прикмети</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="68"/>
        <source>Serial number</source>
        <translation>Серійний номер</translation>
    </message>
    <message>
        <location filename="../../views/remains/marks.py" line="53"/>
        <source>Understood as</source>
        <translation>Як зрозуміло</translation>
    </message>
</context>
<context>
    <name>MedicalTab</name>
    <message>
        <location filename="../../views/persons/records/medical.py" line="39"/>
        <source>Health reports</source>
        <translation>Звіти про стан здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="40"/>
        <source>Mixed Medical Commission decisions</source>
        <translation>Рішення Змішаної медичної комісії</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="62"/>
        <source>Mixed Medical Commission decision</source>
        <translation>Рішення Змішаної медичної комісії</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="30"/>
        <source>Add health report…</source>
        <translation>Додати звіт про здоров&apos;я…</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="34"/>
        <source>Add commission decision…</source>
        <translation>Додати рішення комісії…</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="45"/>
        <source>Health report</source>
        <translation>Звіт про стан здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="26"/>
        <source>Reported</source>
        <translation>Дата звіту</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="47"/>
        <source>Reported on</source>
        <translation>Дата звіту</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="26"/>
        <location filename="../../views/persons/records/medical.py" line="48"/>
        <source>Health</source>
        <translation>Здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="26"/>
        <location filename="../../views/persons/records/medical.py" line="32"/>
        <location filename="../../views/persons/records/medical.py" line="49"/>
        <location filename="../../views/persons/records/medical.py" line="66"/>
        <source>Annex I</source>
        <translation>Додаток I</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="26"/>
        <location filename="../../views/persons/records/medical.py" line="50"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="32"/>
        <source>Examined</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="64"/>
        <source>Examined on</source>
        <translation>Дата огляду</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="32"/>
        <location filename="../../views/persons/records/medical.py" line="65"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="32"/>
        <source>Votes</source>
        <translation>Голоси</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="67"/>
        <source>Votes for (of 3)</source>
        <translation>Голосів «за» (з 3)</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/medical.py" line="32"/>
        <location filename="../../views/persons/records/medical.py" line="68"/>
        <source>Members</source>
        <translation>Члени комісії</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../views/persons/dialogs.py" line="192"/>
        <source>Merge two records</source>
        <translation>Об&apos;єднання двох записів</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="212"/>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <location filename="../../views/persons/dialogs.py" line="206"/>
        <source>Choose, for each field that differs, the value to keep. Everything recorded about both (timeline, relatives, sources, files, lists) is kept, and both histories stay in the change log. The record {0} is kept; {1} is merged into it.</source>
        <translation>Для кожного поля, що відрізняється, виберіть значення, яке залишити. Усе, що записано про обох (події, родичі, джерела, файли, списки), зберігається, а обидві історії лишаються в журналі змін. Запис {0} залишається; {1} об&apos;єднується з ним.</translation>
    </message>
</context>
<context>
    <name>NewKeysDialog</name>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="194"/>
        <source>New keys</source>
        <translation>Нові ключі</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="198"/>
        <source>Our office gets new keys. Its new card is signed by the old key too, so the offices that trust us take it without a call; send it to each of them. The old keys are kept to read old bundles.</source>
        <translation>Наш офіс отримає нові ключі. Нову картку підписано й старим ключем, тож офіси, які нам довіряють, приймуть її без дзвінка; надішліть її кожному з них. Старі ключі зберігаються, щоб читати старі пакети.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="209"/>
        <source>this database&apos;s card (version {0})</source>
        <translation>картка цієї бази (версія {0})</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="210"/>
        <source>Above card version:</source>
        <translation>Вище за версію картки:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="214"/>
        <source>Leave it so, unless this office was restored from a backup made before its last new keys and another office refused our card or bundles: then give the version that office names.</source>
        <translation>Залиште так, якщо тільки цей офіс не відновлено з резервної копії, зробленої до його останніх нових ключів, і інший офіс відмовив нашій картці чи пакетам: тоді вкажіть версію, яку назвав той офіс.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="222"/>
        <source>Make new keys</source>
        <translation>Створити нові ключі</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../views/remains/case_tabs/letters.py" line="71"/>
        <source>New thread</source>
        <translation>Нове листування</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/letters.py" line="83"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/letters.py" line="84"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/letters.py" line="85"/>
        <source>Answer due (YYYY-MM-DD):</source>
        <translation>Відповідь до (РРРР-ММ-ДД):</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/letters.py" line="91"/>
        <source>Add the counterparty in the Correspondence section first.</source>
        <translation>Спершу додайте адресата в розділі «Листування».</translation>
    </message>
    <message>
        <location filename="../../views/remains/case_tabs/letters.py" line="96"/>
        <source>Answer due: write the date as YYYY-MM-DD, or leave it empty</source>
        <translation>Відповідь до: запишіть дату як РРРР-ММ-ДД або залиште порожнім</translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <location filename="../../views/office/offices_page.py" line="63"/>
        <source>Our office</source>
        <translation>Наш офіс</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="76"/>
        <source>Print card…</source>
        <translation>Друкувати картку…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="77"/>
        <source>Save card file…</source>
        <translation>Зберегти файл картки…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="78"/>
        <source>New keys…</source>
        <translation>Нові ключі…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="94"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="94"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="94"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="94"/>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="94"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="95"/>
        <source>Waiting</source>
        <translation>Чекають</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="95"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="95"/>
        <source>Trusted</source>
        <translation>Довірено</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="95"/>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="99"/>
        <source>Trust a card…</source>
        <translation>Довірити картку…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="101"/>
        <source>Export bundle…</source>
        <translation>Експорт пакета…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="102"/>
        <source>Import bundle…</source>
        <translation>Імпорт пакета…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="110"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="110"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="111"/>
        <source>Shown now</source>
        <translation>Показано зараз</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="111"/>
        <source>Resolved by</source>
        <translation>Розв’язує</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="117"/>
        <source>Another value…</source>
        <translation>Інше значення…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="126"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="126"/>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="126"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="126"/>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="126"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="126"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="129"/>
        <source>Confirm…</source>
        <translation>Підтвердити…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="130"/>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="137"/>
        <source>File kept aside</source>
        <translation>Відкладений файл</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="156"/>
        <location filename="../../views/office/offices_page.py" line="158"/>
        <location filename="../../views/office/offices_page.py" line="232"/>
        <source>Offices</source>
        <translation>Офіси</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="158"/>
        <source>Failed: {0}</source>
        <translation>Не вдалося: {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="182"/>
        <source>key trusted up to change {0}</source>
        <translation>ключ довірений до зміни {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="186"/>
        <source>{0} held</source>
        <translation>відкладено: {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="187"/>
        <source>fingerprint compared</source>
        <translation>відбиток звірено</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="187"/>
        <source>new key, signed</source>
        <translation>новий ключ, підписаний</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="206"/>
        <source>deleted here or there</source>
        <translation>видалено тут чи там</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="210"/>
        <source>{0} or headquarters</source>
        <translation>{0} або штаб</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="484"/>
        <source>{0} from {1} ({2}): apply it to our records?</source>
        <translation>{0} від {1} ({2}): застосувати до наших записів?</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="487"/>
        <source>{0} from {1} ({2}): leave it unapplied here? Our answer, the value we hold, goes back to {1} with the next bundle, where a person decides in turn.</source>
        <translation>{0} від {1} ({2}): не застосовувати тут? Наша відповідь — значення, яке маємо ми, — піде до {1} з наступним пакетом, і там вирішить людина.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="54"/>
        <source>a death</source>
        <translation>смерть</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="55"/>
        <source>an identification</source>
        <translation>ідентифікація</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="56"/>
        <source>a DNA match</source>
        <translation>збіг ДНК</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="57"/>
        <source>waits for the change before it</source>
        <translation>чекає на попередню зміну</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="59"/>
        <source>a rejection of our change</source>
        <translation>відхилення нашої зміни</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="60"/>
        <source>a mediator&apos;s change</source>
        <translation>зміна від посередника</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="233"/>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="234"/>
        <source>Confirmations</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="235"/>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="246"/>
        <source>Key id {0}, card version {1}.
Read these digits to an office that trusts our card.</source>
        <translation>Ідентифікатор ключа {0}, версія картки {1}.
Прочитайте ці цифри офісу, що довіряє нашій картці.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="249"/>
        <source>Countersigned by headquarters.</source>
        <translation>Засвідчено штабом.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="259"/>
        <source>Save the office card as PDF</source>
        <translation>Зберегти картку офісу як PDF</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="259"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="271"/>
        <source>Save the office card file</source>
        <translation>Зберегти файл картки офісу</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="271"/>
        <source>Card (*.json)</source>
        <translation>Картка (*.json)</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="286"/>
        <source>Saved: {0}</source>
        <translation>Збережено: {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="301"/>
        <source>New keys made: save the new card and send it to every office.</source>
        <translation>Нові ключі створено: збережіть нову картку й надішліть її кожному офісу.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="307"/>
        <source>An office&apos;s card</source>
        <translation>Картка офісу</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="307"/>
        <source>Card (*.json);;All files (*)</source>
        <translation>Картка (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="336"/>
        <source>{0} is trusted.</source>
        <translation>{0} довірено.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="342"/>
        <location filename="../../views/office/offices_page.py" line="351"/>
        <source>Export bundle</source>
        <translation>Експорт пакета</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="342"/>
        <source>Select the office to send a bundle to.</source>
        <translation>Виберіть офіс, якому надіслати пакет.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="352"/>
        <source>What {0} may see (its own profile: {1}):</source>
        <translation>Що може бачити {0} (його власний профіль: {1}):</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="408"/>
        <source>{0}: {1} new, {2} updated, {3} deleted; {4} conflicts, {5} waiting for confirmation, {6} held.</source>
        <translation>{0}: нових {1}, оновлених {2}, видалених {3}; конфліктів {4}, чекають на підтвердження {5}, відкладено {6}.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="359"/>
        <source>Folder to write the bundle into</source>
        <translation>Тека, куди записати пакет</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="110"/>
        <source>Value held here first</source>
        <translation>Значення, яке тут було першим</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="110"/>
        <source>Other values</source>
        <translation>Інші значення</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="115"/>
        <source>Keep the value held first</source>
        <translation>Залишити перше значення</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="116"/>
        <source>Take the other value</source>
        <translation>Взяти інше значення</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="368"/>
        <source>Writing the bundle…</source>
        <translation>Записую пакет…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="373"/>
        <source>Bundle written: {0}. Carry it to the office; it is encrypted to it.</source>
        <translation>Пакет записано: {0}. Передайте його офісу; його зашифровано для нього.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="377"/>
        <source>A bundle from another office</source>
        <translation>Пакет від іншого офісу</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="377"/>
        <source>Bundles (*.repatria)</source>
        <translation>Пакети (*.repatria)</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="397"/>
        <source>Checking the bundle…</source>
        <translation>Перевіряю пакет…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="426"/>
        <source>Importing the bundle…</source>
        <translation>Імпортую пакет…</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="455"/>
        <source>Resolved: every office will show this value once the next bundles arrive.</source>
        <translation>Розв’язано: кожен офіс покаже це значення, щойно надійдуть наступні пакети.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="462"/>
        <source>Applied here; the other offices learn it with the next bundles.</source>
        <translation>Застосовано тут; інші офіси дізнаються з наступними пакетами.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="464"/>
        <source>Left unapplied here; our answer goes with the next bundle to the office that sent it.</source>
        <translation>Тут не застосовано; наша відповідь піде з наступним пакетом до офісу, що надіслав зміну.</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="483"/>
        <source>Confirm</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="483"/>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="490"/>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location filename="../../views/office/offices_page.py" line="490"/>
        <source>Leave unapplied</source>
        <translation>Не застосовувати</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../views/office/users_dialog.py" line="74"/>
        <source>Login name:</source>
        <translation>Ім&apos;я для входу:</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="75"/>
        <source>Full name:</source>
        <translation>Повне ім&apos;я:</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="76"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="77"/>
        <source>New password:</source>
        <translation>Новий пароль:</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="78"/>
        <source>Repeat it:</source>
        <translation>Повторіть його:</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="81"/>
        <source>At least {0} characters. Tell it to the person in person, never in a letter.</source>
        <translation>Щонайменше {0} символів. Повідомте його особі особисто, ніколи не в листі.</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="89"/>
        <source>Give the login name.</source>
        <translation>Вкажіть ім&apos;я для входу.</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="91"/>
        <source>The password needs at least {0} characters.</source>
        <translation>Пароль має містити щонайменше {0} символів.</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="93"/>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../views/persons/editor.py" line="433"/>
        <source>Saved at {0}.</source>
        <translation>Збережено о {0}.</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="327"/>
        <source>&lt;a href=&quot;use&quot;&gt;Use «{0}»&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;use&quot;&gt;Виправити на «{0}»&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="323"/>
        <source>Latin and Cyrillic letters that look alike are mixed: {0}. It is saved as typed; retype the letters that are wrong.</source>
        <translation>Змішано схожі на вигляд латинські й кириличні літери: {0}. Буде збережено як введено; виправте неправильні літери.</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="316"/>
        <source>Latin underlined</source>
        <translation>латинські підкреслено</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="316"/>
        <source>Cyrillic underlined</source>
        <translation>кириличні підкреслено</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="329"/>
        <source>Latin and Cyrillic letters that look alike are mixed in this name.</source>
        <translation>У цьому імені змішано схожі на вигляд латинські й кириличні літери.</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="430"/>
        <source>Saved at {0}, except the tab «{1}»: why is shown on it.</source>
        <translation>Збережено о {0}, крім вкладки «{1}»: чому — показано на ній.</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="151"/>
        <source>Print capture card…</source>
        <translation>Друкувати картку полоненого…</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="153"/>
        <source>The GC III capture card of the saved record (Ctrl+P)</source>
        <translation>Картка полоненого збереженого запису (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="235"/>
        <source>Capture card: {0}</source>
        <translation>Картка полоненого: {0}</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="155"/>
        <source>Print dossier…</source>
        <translation>Друкувати особову справу…</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="157"/>
        <source>The whole case of the saved record on a few pages</source>
        <translation>Уся справа збереженого запису на кількох сторінках</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="235"/>
        <source>Dossier: {0}</source>
        <translation>Особова справа: {0}</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="140"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="142"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="369"/>
        <source>New person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="143"/>
        <source>Undo</source>
        <translation>Скасувати дію</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="144"/>
        <source>Redo</source>
        <translation>Повторити дію</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="494"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../views/persons/editor.py" line="495"/>
        <source>This person has changes that are not saved.</source>
        <translation>Зміни до цієї особи не збережено.</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="11"/>
        <source>Identity</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="26"/>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="35"/>
        <source>Capture and detention</source>
        <translation>Полон і утримання</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="52"/>
        <location filename="../../views/persons/fields.py" line="54"/>
        <source>Health</source>
        <translation>Здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="59"/>
        <source>Death</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="13"/>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="14"/>
        <source>Given names</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="15"/>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="16"/>
        <source>Mother&apos;s maiden name</source>
        <translation>Дівоче прізвище матері</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="17"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="18"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="19"/>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="20"/>
        <source>Citizenship (Power depended on)</source>
        <translation>Громадянство (держава, від якої залежить)</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="21"/>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="22"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="28"/>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="29"/>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="30"/>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="31"/>
        <source>Civilian</source>
        <translation>Цивільна особа</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="37"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="38"/>
        <source>Capture date</source>
        <translation>Дата полону</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="39"/>
        <source>Capture place</source>
        <translation>Місце полону</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="40"/>
        <source>Coming from (unit, camp, hospital)</source>
        <translation>Звідки (частина, табір, шпиталь)</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="41"/>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="42"/>
        <source>Prisoner number</source>
        <translation>Номер військовополоненого</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="45"/>
        <source>Address for correspondence</source>
        <translation>Адреса для листування</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="48"/>
        <source>Consent to repatriation</source>
        <translation>Згода на репатріацію</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="55"/>
        <source>Annex I category</source>
        <translation>Категорія за Додатком I</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="61"/>
        <source>Date of death</source>
        <translation>Дата смерті</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="62"/>
        <source>Place of death</source>
        <translation>Місце смерті</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="63"/>
        <source>Cause of death</source>
        <translation>Причина смерті</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="64"/>
        <source>Burial place</source>
        <translation>Місце поховання</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="65"/>
        <source>Grave</source>
        <translation>Могила</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="79"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="80"/>
        <source>Timeline and family</source>
        <translation>Хронологія та родина</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="81"/>
        <source>Medical and ante mortem</source>
        <translation>Медичне та прижиттєві дані</translation>
    </message>
    <message>
        <location filename="../../views/persons/fields.py" line="82"/>
        <source>Documents and history</source>
        <translation>Документи та історія</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/persons/editor.py" line="351"/>
        <location filename="../../views/persons/editor.py" line="354"/>
        <source>%n problem(s) on this tab</source>
        <translation>
            <numerusform>%n проблема на цій вкладці</numerusform>
            <numerusform>%n проблеми на цій вкладці</numerusform>
            <numerusform>%n проблем на цій вкладці</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRecords</name>
    <message>
        <location filename="../../views/persons/records/tabs.py" line="22"/>
        <source>Spellings</source>
        <translation>Написання</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/tabs.py" line="23"/>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/tabs.py" line="24"/>
        <source>Next of kin</source>
        <translation>Родичі</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/tabs.py" line="25"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/tabs.py" line="26"/>
        <source>Medical</source>
        <translation>Медичне</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/tabs.py" line="27"/>
        <source>Attachments</source>
        <translation>Файли</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/tabs.py" line="28"/>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/tabs.py" line="29"/>
        <source>History</source>
        <translation>Історія змін</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../views/persons/model.py" line="29"/>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="30"/>
        <source>Given names</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="31"/>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="32"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="33"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="34"/>
        <source>Health</source>
        <translation>Стан здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="35"/>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="36"/>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="37"/>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="38"/>
        <source>Captured</source>
        <translation>Дата полону</translation>
    </message>
    <message>
        <location filename="../../views/persons/model.py" line="39"/>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../views/persons/page.py" line="74"/>
        <source>No one found for «{0}». Try another spelling, fewer words, or other filters.</source>
        <translation>За запитом «{0}» нікого не знайдено. Спробуйте інше написання, менше слів або інші фільтри.</translation>
    </message>
    <message>
        <location filename="../../views/persons/page.py" line="77"/>
        <source>No one matches these filters. Clear them, add a person (Ctrl+N) or import a CSV.</source>
        <translation>Жодна особа не відповідає цим фільтрам. Очистьте їх, додайте особу (Ctrl+N) або імпортуйте CSV.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../views/remains/dialogs.py" line="52"/>
        <source>Conclusion:</source>
        <translation>Висновок:</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="54"/>
        <source>Evidence:</source>
        <translation>Докази:</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="53"/>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="36"/>
        <source>Propose {0} to the board</source>
        <translation>Подати на комісію: {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/dialogs.py" line="60"/>
        <source>The board decides on evidence: describe it.</source>
        <translation>Комісія вирішує на підставі доказів: опишіть їх.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../views/common/record_dialog.py" line="74"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>RecordId</name>
    <message>
        <location filename="../../views/common/record_id.py" line="21"/>
        <source>Copy ID</source>
        <translation>Копіювати ID</translation>
    </message>
    <message>
        <location filename="../../views/common/record_id.py" line="38"/>
        <source>Copy {0} to the clipboard</source>
        <translation>Копіювати {0} у буфер обміну</translation>
    </message>
</context>
<context>
    <name>RemainsPage</name>
    <message>
        <location filename="../../views/remains/page.py" line="90"/>
        <source>A new remains case (Ctrl+Shift+N)</source>
        <translation>Нова справа останків (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="213"/>
        <source>All batches</source>
        <translation>Усі партії</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="134"/>
        <source>All stages</source>
        <translation>Усі стадії</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="58"/>
        <source>Ante-mortem data from families CSV…</source>
        <translation>Прижиттєві дані від родин (CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="359"/>
        <source>Bag or label numbers</source>
        <translation>Номери мішків або бирок</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="62"/>
        <location filename="../../views/remains/page.py" line="362"/>
        <source>Batch</source>
        <translation>Партія</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="404"/>
        <source>Batch not saved</source>
        <translation>Партію не збережено</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="354"/>
        <source>Batch number</source>
        <translation>Номер партії</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="209"/>
        <source>Board queue ({0})…</source>
        <translation>Черга комісії ({0})…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="98"/>
        <location filename="../../views/remains/page.py" line="209"/>
        <source>Board queue…</source>
        <translation>Черга комісії…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="414"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="131"/>
        <source>Case number, place, bag or ID tag…</source>
        <translation>Номер справи, місце, мішок або жетон…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="59"/>
        <source>DNA results from a laboratory CSV…</source>
        <translation>Результати ДНК від лабораторії (CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="64"/>
        <source>Declared</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="358"/>
        <source>Declared count</source>
        <translation>Заявлена кількість</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="389"/>
        <source>Declared count: {0!r} is not a number</source>
        <translation>Заявлена кількість: {0!r} — не число</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="66"/>
        <source>Difference</source>
        <translation>Різниця</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="142"/>
        <source>Find:</source>
        <translation>Пошук:</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="67"/>
        <source>Flagged</source>
        <translation>Позначені</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="137"/>
        <source>Flagged only</source>
        <translation>Лише позначені</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="357"/>
        <source>Handed over by</source>
        <translation>Хто передав</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="443"/>
        <source>Identification status per batch</source>
        <translation>Стан ідентифікації за партіями</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="103"/>
        <source>Identification status per batch, for a delegation (Ctrl+P)</source>
        <translation>Стан ідентифікації за партіями для делегації (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="68"/>
        <source>Identified</source>
        <translation>Ідентифіковано</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="92"/>
        <location filename="../../views/remains/page.py" line="414"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="428"/>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="436"/>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="362"/>
        <source>New batch</source>
        <translation>Нова партія</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="87"/>
        <source>New batch…</source>
        <translation>Нова партія…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="89"/>
        <source>New case…</source>
        <translation>Нова справа…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="360"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="356"/>
        <source>Place of handover</source>
        <translation>Місце передачі</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="138"/>
        <source>Possibly the other side&apos;s, or commingled</source>
        <translation>Можливо, іншої сторони, або змішані</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="102"/>
        <source>Print status…</source>
        <translation>Друк стану…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="100"/>
        <source>Proposals waiting for the identification board (Ctrl+B)</source>
        <translation>Пропозиції, що чекають на ідентифікаційну комісію (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="65"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="63"/>
        <location filename="../../views/remains/page.py" line="355"/>
        <source>Received on</source>
        <translation>Дата отримання</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="386"/>
        <source>Received on: a whole date (YYYY-MM-DD)</source>
        <translation>Дата отримання: повна дата (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="305"/>
        <source>Remains</source>
        <translation>Останки</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="86"/>
        <source>Remains and identification</source>
        <translation>Останки та ідентифікація</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="57"/>
        <source>Remains cases (PM) CSV…</source>
        <translation>Справи останків (PM, CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="444"/>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="144"/>
        <source>Stage:</source>
        <translation>Стадія:</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="233"/>
        <source>The other side declared {0}; {1} received</source>
        <translation>Інша сторона заявила {0}; отримано {1}</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="274"/>
        <source>Where each batch stands</source>
        <translation>Стан кожної партії</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="434"/>
        <source>{0}: nothing was imported</source>
        <translation>{0}: нічого не імпортовано</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="433"/>
        <source>The import was cancelled; the database is as it was.</source>
        <translation>Імпорт скасовано; база даних лишилася такою, як була.</translation>
    </message>
    <message>
        <location filename="../../views/remains/page.py" line="156"/>
        <source>No case matches: change the search or the stage, or add a case (Ctrl+Shift+N).</source>
        <translation>Жодна справа не відповідає: змініть пошук чи етап або додайте справу (Ctrl+Shift+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/remains/page.py" line="301"/>
        <source>%n cases</source>
        <translation>
            <numerusform>%n справа</numerusform>
            <numerusform>%n справи</numerusform>
            <numerusform>%n справ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../views/common/report_preview.py" line="162"/>
        <source>Building the report…</source>
        <translation>Формування звіту…</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../models/core/report_kinds.py" line="53"/>
        <source>Phase list</source>
        <translation>Список етапу</translation>
    </message>
    <message>
        <location filename="../../models/core/report_kinds.py" line="59"/>
        <source>Compliance report</source>
        <translation>Звіт про відповідність</translation>
    </message>
    <message>
        <location filename="../../models/core/report_kinds.py" line="65"/>
        <source>Dossier</source>
        <translation>Особова справа</translation>
    </message>
    <message>
        <location filename="../../models/core/report_kinds.py" line="71"/>
        <source>Capture card</source>
        <translation>Картка полоненого</translation>
    </message>
    <message>
        <location filename="../../models/core/report_kinds.py" line="77"/>
        <source>Registry statistics</source>
        <translation>Статистика реєстру</translation>
    </message>
    <message>
        <location filename="../../models/core/report_kinds.py" line="83"/>
        <source>Exchange-day reconciliation</source>
        <translation>Звірка дня обміну</translation>
    </message>
    <message>
        <location filename="../../models/core/report_kinds.py" line="89"/>
        <source>Correspondence log</source>
        <translation>Журнал листування</translation>
    </message>
    <message>
        <location filename="../../models/core/report_kinds.py" line="95"/>
        <source>Identification status</source>
        <translation>Стан ідентифікації</translation>
    </message>
    <message>
        <location filename="../../models/core/report_kinds.py" line="101"/>
        <source>Identification report</source>
        <translation>Звіт про ідентифікацію</translation>
    </message>
    <message>
        <location filename="../../models/core/report_kinds.py" line="107"/>
        <source>Death certificate</source>
        <translation>Свідоцтво про смерть</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../views/common/report_preview.py" line="56"/>
        <source>Save as PDF…</source>
        <translation>Зберегти як PDF…</translation>
    </message>
    <message>
        <location filename="../../views/common/report_preview.py" line="57"/>
        <source>Open in the system viewer</source>
        <translation>Відкрити в системному переглядачі</translation>
    </message>
    <message>
        <location filename="../../views/common/report_preview.py" line="58"/>
        <source>Print…</source>
        <translation>Друкувати…</translation>
    </message>
    <message>
        <location filename="../../views/common/report_preview.py" line="74"/>
        <source>Save the report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <location filename="../../views/common/report_preview.py" line="76"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/common/report_preview.py" line="86"/>
        <source>Could not save {0}: {1}</source>
        <translation>Не вдалося зберегти {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/common/report_preview.py" line="53"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReverseExchange</name>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="293"/>
        <source>Reverse an exchange day</source>
        <translation>Анулювати день обміну</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="294"/>
        <source>No exchange day is recorded for this list&apos;s phase.</source>
        <translation>Для етапу цього списку не записано жодного дня обміну.</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="299"/>
        <source>Reverse the exchange of {0}</source>
        <translation>Анулювати обмін {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="300"/>
        <source>Why is this exchange day reversed? The reason goes on each person&apos;s timeline.</source>
        <translation>Чому цей день обміну анулюють? Причину буде записано в хронології кожної особи.</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="309"/>
        <location filename="../../views/lists/exchange_day.py" line="333"/>
        <source>Not reversed</source>
        <translation>Не анульовано</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="309"/>
        <source>A reason is needed.</source>
        <translation>Потрібно вказати причину.</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="313"/>
        <source>Reverse the exchange of {0} ({1})?

{2} person(s) marked as returned go back to the status they had before; the exchange leaves the parity; each one&apos;s timeline says it was reversed, and why. The change log keeps the day and its reversal.</source>
        <translation>Анулювати обмін {0} ({1})?

Осіб, позначених як повернуті: {2}. Їм повернуть попередній статус; обмін вилучать із паритету; у хронології кожної буде сказано, що обмін скасовано, і чому. Журнал змін зберігає і день обміну, і його скасування.</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="318"/>
        <source>Exchange ID: {0}</source>
        <translation>ID обміну: {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="321"/>
        <source>Reverse the exchange</source>
        <translation>Анулювати обмін</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="323"/>
        <source>Reverse</source>
        <translation>Анулювати обмін</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="336"/>
        <source>{0} (status changed since: left as it is)</source>
        <translation>{0} (статус відтоді змінився: залишено як є)</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="340"/>
        <source>Exchange reversed</source>
        <translation>Обмін анульовано</translation>
    </message>
    <message>
        <location filename="../../views/lists/exchange_day.py" line="341"/>
        <source>The exchange of {0} is reversed.</source>
        <translation>Обмін {0} анульовано.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../views/lists/review.py" line="90"/>
        <source>Done: {0} decided, {1} skipped (still to review).</source>
        <translation>Готово: вирішено {0}, пропущено {1} (ще переглянути).</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="64"/>
        <source>This is the person (A)</source>
        <translation>Це ця особа (A)</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="65"/>
        <source>None of them (R)</source>
        <translation>Жоден (R)</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="66"/>
        <source>Next candidate (→)</source>
        <translation>Наступний кандидат (→)</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="67"/>
        <source>Skip this entry (↓)</source>
        <translation>Пропустити запис (↓)</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="116"/>
        <source>Candidate {0} of {1}, score {2}: {3}</source>
        <translation>Кандидат {0} з {1}, оцінка {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="168"/>
        <source>row {0}</source>
        <translation>рядок {0}</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="30"/>
        <source>Review the matches</source>
        <translation>Перевірка збігів</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="50"/>
        <source>On the list</source>
        <translation>У списку</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="50"/>
        <source>In the registry</source>
        <translation>У реєстрі</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="110"/>
        <source>born</source>
        <translation>народився</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="101"/>
        <source>No candidates in the registry.</source>
        <translation>У реєстрі немає кандидатів.</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="97"/>
        <source>Entry {0} of {1} (row {2})</source>
        <translation>Запис {0} з {1} (рядок {2})</translation>
    </message>
    <message>
        <location filename="../../views/lists/review.py" line="55"/>
        <source>A / Enter: this is the person   R: none of them   →: next candidate   ↓: next entry   Esc: close</source>
        <translation>A / Enter: це ця особа   R: жоден   →: наступний кандидат   ↓: наступний запис   Esc: закрити</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/lists/review.py" line="88"/>
        <source>All %n entries reviewed.</source>
        <translation>
            <numerusform>Переглянуто %n запис.</numerusform>
            <numerusform>Переглянуто %n записи.</numerusform>
            <numerusform>Переглянуто %n записів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/office/settings_dialog.py" line="20"/>
        <source>Days given for a reply to our letters</source>
        <translation>Днів на відповідь на наші листи</translation>
    </message>
    <message>
        <location filename="../../views/office/settings_dialog.py" line="28"/>
        <source>Office settings</source>
        <translation>Налаштування офісу</translation>
    </message>
    <message>
        <location filename="../../views/office/settings_dialog.py" line="36"/>
        <source>empty: ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED</source>
        <translation>порожньо: ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED</translation>
    </message>
    <message>
        <location filename="../../views/office/settings_dialog.py" line="16"/>
        <source>DNA likelihood ratio from which a match is certain</source>
        <translation>Відношення правдоподібності ДНК, від якого збіг певний</translation>
    </message>
    <message>
        <location filename="../../views/office/settings_dialog.py" line="17"/>
        <source>DNA likelihood ratio from which a match is probable</source>
        <translation>Відношення правдоподібності ДНК, від якого збіг імовірний</translation>
    </message>
    <message>
        <location filename="../../views/office/settings_dialog.py" line="18"/>
        <source>Board members who must sign a decision</source>
        <translation>Скільки членів комісії мають підписати рішення</translation>
    </message>
    <message>
        <location filename="../../views/office/settings_dialog.py" line="19"/>
        <source>Classification marking on every report page</source>
        <translation>Гриф на кожній сторінці звіту</translation>
    </message>
    <message>
        <location filename="../../views/office/settings_dialog.py" line="43"/>
        <source>Supervisors change these for the whole office; each change is kept in the change log.</source>
        <translation>Їх змінюють керівники для всього офісу; кожну зміну збережено в журналі змін.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../views/app/help.py" line="52"/>
        <source>Person or case editor: save</source>
        <translation>Картка особи або справи тіла: зберегти</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="53"/>
        <source>Person or case editor: undo</source>
        <translation>Картка особи або справи тіла: скасувати дію</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="54"/>
        <source>Person or case editor: redo</source>
        <translation>Картка особи або справи тіла: повторити дію</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="55"/>
        <source>Print the report of the window or section shown</source>
        <translation>Друкувати звіт відкритого вікна чи розділу</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="56"/>
        <source>Persons, list entries, threads: open the selected one</source>
        <translation>Особи, записи списку, листування: відкрити вибране</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="57"/>
        <source>Remains: new case</source>
        <translation>Останки: нова справа</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="58"/>
        <source>Remains: the identification board</source>
        <translation>Останки: комісія з ідентифікації</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="59"/>
        <source>Review of matches: accept (also Enter; Ф on a Ukrainian layout)</source>
        <translation>Перегляд збігів: прийняти (також Enter; Ф в українській розкладці)</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="60"/>
        <source>Review of matches: reject (К)</source>
        <translation>Перегляд збігів: відхилити (К)</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="61"/>
        <source>Review of matches: next candidate (Т)</source>
        <translation>Перегляд збігів: наступний кандидат (Т)</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="62"/>
        <source>Review of matches: next line, skipping this one (О)</source>
        <translation>Перегляд збігів: наступний рядок, пропустивши цей (О)</translation>
    </message>
    <message>
        <location filename="../../views/app/help.py" line="63"/>
        <source>Change log: copy the selected events</source>
        <translation>Журнал змін: копіювати вибрані події</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../views/remains/board.py" line="89"/>
        <source>Sign</source>
        <translation>Підписати</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="102"/>
        <source>Checking the password…</source>
        <translation>Перевіряємо пароль…</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="125"/>
        <source>Not signed: {0}</source>
        <translation>Не підписано: {0}</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="81"/>
        <source>Board member (user name):</source>
        <translation>Член комісії (ім&apos;я користувача):</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="84"/>
        <source>Comment (required to object):</source>
        <translation>Коментар (обов&apos;язковий, якщо проти):</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="86"/>
        <source>Each member signs under their own account.</source>
        <translation>Кожен член комісії підписує під власним обліковим записом.</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="74"/>
        <source>I approve</source>
        <translation>Я за</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="75"/>
        <source>I object</source>
        <translation>Я проти</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="82"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="66"/>
        <source>Sign: case {0}, {1}</source>
        <translation>Підпис: справа {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../views/remains/board.py" line="83"/>
        <source>Vote:</source>
        <translation>Голос:</translation>
    </message>
</context>
<context>
    <name>SkippedRowsModel</name>
    <message>
        <location filename="../../views/lists/reading.py" line="45"/>
        <source>Row in the file</source>
        <translation>Рядок у файлі</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="46"/>
        <source>Why it is not an entry</source>
        <translation>Чому це не запис</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="47"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="33"/>
        <source>title or heading</source>
        <translation>заголовок або назва</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="34"/>
        <source>approval block (approved by, annex)</source>
        <translation>гриф затвердження (ЗАТВЕРДЖУЮ, додаток)</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="35"/>
        <source>Excel&apos;s separator line (sep=)</source>
        <translation>службовий рядок Excel (sep=)</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="36"/>
        <source>column numbers (1 2 3 …)</source>
        <translation>номери стовпців (1 2 3 …)</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="37"/>
        <source>the header again</source>
        <translation>заголовок таблиці ще раз</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="38"/>
        <source>section heading</source>
        <translation>назва розділу</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="39"/>
        <source>total or subtotal</source>
        <translation>підсумок (усього, разом)</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="40"/>
        <source>signature or position</source>
        <translation>підпис або посада</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="41"/>
        <source>note or footnote</source>
        <translation>примітка або виноска</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="42"/>
        <source>no name in it</source>
        <translation>немає імені</translation>
    </message>
    <message>
        <location filename="../../views/lists/reading.py" line="104"/>
        <source>This row holds a name and a date of birth. If it is a person, correct the file or choose which column holds what, and import it again.</source>
        <translation>У цьому рядку є ім&apos;я та дата народження. Якщо це особа, виправте файл або вкажіть, що в якому стовпці, та імпортуйте його знову.</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../views/persons/records/story.py" line="111"/>
        <source>Source of information</source>
        <translation>Джерело відомостей</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="98"/>
        <location filename="../../views/persons/records/story.py" line="113"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="98"/>
        <location filename="../../views/persons/records/story.py" line="114"/>
        <source>Reliability</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="98"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="98"/>
        <location filename="../../views/persons/records/story.py" line="115"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
</context>
<context>
    <name>SpellingsTab</name>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="27"/>
        <source>Add spelling…</source>
        <translation>Додати написання…</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="56"/>
        <source>Another spelling</source>
        <translation>Інше написання</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="24"/>
        <location filename="../../views/persons/records/spellings.py" line="48"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="24"/>
        <location filename="../../views/persons/records/spellings.py" line="49"/>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="24"/>
        <location filename="../../views/persons/records/spellings.py" line="50"/>
        <source>Given names</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="24"/>
        <location filename="../../views/persons/records/spellings.py" line="51"/>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="24"/>
        <source>Origin</source>
        <translation>Походження</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="28"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="40"/>
        <source>generated</source>
        <translation>створено автоматично</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/spellings.py" line="43"/>
        <source>entered</source>
        <translation>внесено вручну</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../views/common/tasks.py" line="132"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ThreadDialog</name>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="120"/>
        <source>New thread</source>
        <translation>Нове листування</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="130"/>
        <source>Counterparty:</source>
        <translation>Адресат:</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="131"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../views/correspondence/dialogs.py" line="132"/>
        <source>Reply due by:</source>
        <translation>Відповідь очікується до:</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../views/persons/records/story.py" line="26"/>
        <source>Add event…</source>
        <translation>Додати подію…</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="43"/>
        <source>Timeline event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="23"/>
        <location filename="../../views/persons/records/story.py" line="46"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="23"/>
        <location filename="../../views/persons/records/story.py" line="45"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="23"/>
        <location filename="../../views/persons/records/story.py" line="47"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="23"/>
        <location filename="../../views/persons/records/story.py" line="48"/>
        <source>Reliability</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="23"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/story.py" line="49"/>
        <source>Details and source</source>
        <translation>Подробиці та джерело</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="98"/>
        <source>Trust an office&apos;s card</source>
        <translation>Довірити картку офісу</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="101"/>
        <source>Office:</source>
        <translation>Офіс:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="102"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="103"/>
        <source>Card version:</source>
        <translation>Версія картки:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="104"/>
        <source>Office id:</source>
        <translation>Ідентифікатор офісу:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="105"/>
        <source>Key id:</source>
        <translation>Ідентифікатор ключа:</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="107"/>
        <source>Countersigned by headquarters we trust.</source>
        <translation>Засвідчено штабом, якому ми довіряємо.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="114"/>
        <source>12345 67890 … (60 digits, as they are read out)</source>
        <translation>12345 67890 … (60 цифр, як їх читають)</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="126"/>
        <source>Trust this office</source>
        <translation>Довіряти цьому офісу</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="134"/>
        <source>This is the office&apos;s next card, signed by the key we trust for it: no call is needed.</source>
        <translation>Це наступна картка офісу, підписана ключем, якому ми для нього довіряємо: дзвінок не потрібен.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="136"/>
        <source>This is our own office&apos;s card back from headquarters: its countersignature is kept.</source>
        <translation>Це картка нашого офісу, повернута штабом: його засвідчувальний підпис буде збережено.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="142"/>
        <source>Telephone {0} on a number you know to be theirs (not one written in the message that brought the card). Ask them to read out the fingerprint of their card, and type the 60 digits here.</source>
        <translation>Зателефонуйте {0} за номером, який точно їхній (не тим, що в листі з карткою). Попросіть прочитати відбиток їхньої картки й введіть тут 60 цифр.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="164"/>
        <source>{0} of 60 digits</source>
        <translation>{0} з 60 цифр</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="168"/>
        <source>✓ Every digit matches this card.</source>
        <translation>✓ Усі цифри збігаються з цією карткою.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="175"/>
        <source>✗ Group {0} does not match. Check it with the office; if it still differs, do not trust this card and ask how it reached you.</source>
        <translation>✗ Група {0} не збігається. Перевірте з офісом; якщо й далі відрізняється, не довіряйте цій картці й з’ясуйте, як вона до вас потрапила.</translation>
    </message>
    <message>
        <location filename="../../views/office/bundle_dialogs.py" line="179"/>
        <source>✗ More than 60 digits.</source>
        <translation>✗ Більше ніж 60 цифр.</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <location filename="../../views/persons/unmerge.py" line="25"/>
        <location filename="../../views/persons/unmerge.py" line="88"/>
        <source>Undo a merge</source>
        <translation>Скасувати об&apos;єднання</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="36"/>
        <source>Reading the merges from the change log…</source>
        <translation>Читаємо об&apos;єднання з журналу змін…</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="29"/>
        <source>Merged on (UTC)</source>
        <translation>Об&apos;єднано (UTC)</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="29"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="29"/>
        <source>Record merged away</source>
        <translation>Приєднаний запис</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="29"/>
        <source>Into</source>
        <translation>До запису</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="34"/>
        <source>Why the merge was wrong (kept in both histories)</source>
        <translation>Чому об&apos;єднання хибне (зберігається в обох історіях)</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="66"/>
        <source>The record merged away comes back with its own fields and everything the merge moved to the other record; the other record gets back the values the merge changed. Both histories keep the merge and its reversal.</source>
        <translation>Приєднаний запис повертається з власними полями і всім, що об&apos;єднання перенесло до іншого запису; інший запис отримує назад значення, які змінило об&apos;єднання. Обидві історії зберігають і об&apos;єднання, і його скасування.</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="71"/>
        <source>The change log holds no merge to take back.</source>
        <translation>У журналі змін немає об&apos;єднань, які можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="40"/>
        <source>Take back…</source>
        <translation>Роз&apos;єднати…</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="90"/>
        <source>Take back</source>
        <translation>Роз&apos;єднати записи</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="47"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="83"/>
        <source>Say why the merge was wrong.</source>
        <translation>Вкажіть, чому об&apos;єднання хибне.</translation>
    </message>
    <message>
        <location filename="../../views/persons/unmerge.py" line="89"/>
        <source>Bring back {0} as a record of its own, separate from {1}?</source>
        <translation>Повернути {0} як окремий запис, відокремлений від {1}?</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../views/office/users_dialog.py" line="35"/>
        <source>viewer (reads only)</source>
        <translation>переглядач (лише читає)</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="36"/>
        <source>clerk (records and letters)</source>
        <translation>діловод (записи та листи)</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="37"/>
        <source>supervisor (lists, exchanges, board)</source>
        <translation>керівник (списки, обміни, комісія)</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="38"/>
        <source>admin (users and settings too)</source>
        <translation>адміністратор (також користувачі й налаштування)</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="112"/>
        <source>Users and passwords</source>
        <translation>Користувачі та паролі</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="116"/>
        <source>Login</source>
        <translation>Ім&apos;я для входу</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="116"/>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="116"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="116"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="151"/>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="151"/>
        <source>disabled</source>
        <translation>вимкнений</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="120"/>
        <source>Add a user…</source>
        <translation>Додати користувача…</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="195"/>
        <source>Add a user</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="122"/>
        <source>Change the role…</source>
        <translation>Змінити роль…</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="124"/>
        <source>Give a new password…</source>
        <translation>Надати новий пароль…</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="126"/>
        <location filename="../../views/office/users_dialog.py" line="168"/>
        <source>Disable…</source>
        <translation>Вимкнути…</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="168"/>
        <source>Enable again…</source>
        <translation>Увімкнути знову…</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="265"/>
        <source>Disable</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="260"/>
        <source>Disable {0}</source>
        <translation>Вимкнути {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="272"/>
        <source>Enable {0} with a new password</source>
        <translation>Увімкнути {0} з новим паролем</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="242"/>
        <source>New password for {0}</source>
        <translation>Новий пароль для {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="216"/>
        <source>Role of {0}</source>
        <translation>Роль {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="174"/>
        <source>Working…</source>
        <translation>Виконуємо…</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="191"/>
        <source>Failed: {0}</source>
        <translation>Не вдалося: {0}</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="204"/>
        <source>{0} added.</source>
        <translation>{0} додано.</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="267"/>
        <source>{0} disabled.</source>
        <translation>{0} вимкнено.</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="276"/>
        <source>{0} enabled again.</source>
        <translation>{0} знову увімкнено.</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="246"/>
        <source>{0} has a new password.</source>
        <translation>{0} має новий пароль.</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="231"/>
        <source>{0} is now {1}.</source>
        <translation>{0} тепер: {1}.</translation>
    </message>
    <message>
        <location filename="../../views/office/users_dialog.py" line="262"/>
        <source>{0} will no longer be able to sign in, and their password will no longer unlock this database file. Enabling them again needs a new password.</source>
        <translation>{0} більше не зможе увійти, а його пароль більше не відкриватиме цей файл бази даних. Щоб увімкнути користувача знову, потрібен новий пароль.</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../views/app/commands.py" line="67"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="68"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Відкрити іншу базу даних…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="70"/>
        <source>&amp;Export the table…</source>
        <translation>&amp;Експортувати таблицю…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="71"/>
        <source>The persons shown (a search result, the filters) as CSV or XLSX</source>
        <translation>Показані особи (результат пошуку, фільтри) у CSV або XLSX</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="75"/>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="78"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервна копія…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="79"/>
        <source>A checked, encrypted copy of this database, made while you work</source>
        <translation>Перевірена зашифрована копія цієї бази даних, зроблена під час роботи</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="80"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="86"/>
        <source>&amp;Find</source>
        <translation>&amp;Знайти</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="87"/>
        <source>&amp;Copy the selected person&apos;s ID</source>
        <translation>&amp;Копіювати ідентифікатор вибраної особи</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="89"/>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="90"/>
        <source>&amp;New person</source>
        <translation>&amp;Нова особа</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="91"/>
        <source>&amp;Open selected</source>
        <translation>&amp;Відкрити вибрану</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="92"/>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Об&apos;єднати дві вибрані…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="93"/>
        <source>&amp;Undo a merge…</source>
        <translation>&amp;Скасувати об&apos;єднання…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="98"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="98"/>
        <source>&amp;Persons</source>
        <translation>&amp;Особи</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="100"/>
        <source>&amp;Lists</source>
        <translation>&amp;Списки</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="102"/>
        <source>&amp;Correspondence</source>
        <translation>&amp;Листування</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="104"/>
        <source>&amp;Remains</source>
        <translation>&amp;Останки</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="106"/>
        <source>&amp;Offices</source>
        <translation>&amp;Офіси</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="110"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="111"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="123"/>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="124"/>
        <source>Office &amp;settings…</source>
        <translation>&amp;Налаштування офісу…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="126"/>
        <source>&amp;Users and passwords…</source>
        <translation>&amp;Користувачі та паролі…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="129"/>
        <source>Admins only</source>
        <translation>Лише для адміністраторів</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="130"/>
        <source>Change &amp;log…</source>
        <translation>&amp;Журнал змін…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="133"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="134"/>
        <source>User &amp;guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="135"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="136"/>
        <source>&amp;About Repatria</source>
        <translation>&amp;Про Repatria</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="159"/>
        <source>Export the table</source>
        <translation>Експорт таблиці</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="161"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="161"/>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, розділений крапкою з комою (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="194"/>
        <source>Exporting the table…</source>
        <translation>Експортуємо таблицю…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="187"/>
        <source>{0} persons exported to {1}.</source>
        <translation>Осіб експортовано до {1}: {0}.</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="201"/>
        <source>Not exported</source>
        <translation>Не експортовано</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="212"/>
        <source>Back up into the folder</source>
        <translation>Зберегти резервну копію в теку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/app/commands.py" line="232"/>
        <source> %n older backup(s) removed.</source>
        <translation>
            <numerusform> Вилучено %n давнішу резервну копію.</numerusform>
            <numerusform> Вилучено %n давніші резервні копії.</numerusform>
            <numerusform> Вилучено %n давніших резервних копій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/app/commands.py" line="235"/>
        <source> %n backup(s) there are dated after now: check this computer&apos;s date; they are kept.</source>
        <translation>
            <numerusform> %n резервна копія там датована пізніше, ніж зараз: перевірте дату цього комп’ютера; її збережено.</numerusform>
            <numerusform> %n резервні копії там датовані пізніше, ніж зараз: перевірте дату цього комп’ютера; їх збережено.</numerusform>
            <numerusform> %n резервних копій там датовано пізніше, ніж зараз: перевірте дату цього комп’ютера; їх збережено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/app/commands.py" line="241"/>
        <source> %n user(s) cannot sign in with their password (damaged key slot, in the backup too): an admin gives them a new one.</source>
        <translation>
            <numerusform> %n користувач не може ввійти зі своїм паролем (пошкоджений слот ключа, і в резервній копії): адміністратор дає йому новий.</numerusform>
            <numerusform> %n користувачі не можуть ввійти зі своїми паролями (пошкоджені слоти ключів, і в резервній копії): адміністратор дає їм нові.</numerusform>
            <numerusform> %n користувачів не можуть ввійти зі своїми паролями (пошкоджені слоти ключів, і в резервній копії): адміністратор дає їм нові.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="247"/>
        <source>Backed up to {0}, checked ({1} changes).</source>
        <translation>Резервну копію збережено в {0}, перевірено ({1} змін).</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="256"/>
        <source>Backing up…</source>
        <translation>Створення резервної копії…</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="261"/>
        <source>Not backed up</source>
        <translation>Резервну копію не створено</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="280"/>
        <source>No backup of this database was made on this computer: File → Back up… (Ctrl+Shift+B).</source>
        <translation>На цьому комп’ютері ще не зроблено резервної копії цієї бази даних: Файл → Резервна копія… (Ctrl+Shift+B).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/app/commands.py" line="282"/>
        <source>The last backup of this database is %n day(s) old: File → Back up… (Ctrl+Shift+B).</source>
        <translation>
            <numerusform>Остання резервна копія цієї бази даних зроблена %n день тому: Файл → Резервна копія… (Ctrl+Shift+B).</numerusform>
            <numerusform>Остання резервна копія цієї бази даних зроблена %n дні тому: Файл → Резервна копія… (Ctrl+Shift+B).</numerusform>
            <numerusform>Остання резервна копія цієї бази даних зроблена %n днів тому: Файл → Резервна копія… (Ctrl+Shift+B).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="294"/>
        <location filename="../../views/app/commands.py" line="309"/>
        <source>Restore from a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="296"/>
        <source>Repatria backup (*.db)</source>
        <translation>Резервна копія Repatria (*.db)</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="312"/>
        <source>Restore {0} in place of the database open now? The open database is kept beside it, renamed …replaced-DATE, and the work of other offices since the backup comes back with their next bundles. Tell headquarters before you send bundles.

Your password, to check the backup:</source>
        <translation>Відновити {0} замість відкритої зараз бази даних? Відкриту базу даних буде збережено поруч під назвою …replaced-ДАТА, а робота інших офісів після резервної копії повернеться з їхніми наступними пакетами. Повідомте штаб, перш ніж надсилати пакети.

Ваш пароль, щоб перевірити резервну копію:</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="322"/>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="347"/>
        <source>Select a person (or a list) to print.</source>
        <translation>Виберіть особу (або список), щоб надрукувати.</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="355"/>
        <source>Select a person first.</source>
        <translation>Спершу виберіть особу.</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="358"/>
        <source>Copied {0}.</source>
        <translation>Скопійовано {0}.</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="390"/>
        <source>Repatria: user guide</source>
        <translation>Repatria: посібник користувача</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="398"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="399"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="399"/>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="413"/>
        <source>About Repatria</source>
        <translation>Про Repatria</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="413"/>
        <source>Component</source>
        <translation>Складова</translation>
    </message>
    <message>
        <location filename="../../views/app/commands.py" line="413"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../views/persons/records/base.py" line="43"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location filename="../../views/persons/records/base.py" line="57"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
</TS>
