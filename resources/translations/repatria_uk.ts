<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Labels</name>
    <message>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Ступінь спорідненості</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Person to inform</source>
        <translation>Кого повідомляти</translation>
    </message>
    <message>
        <source>Stature, cm</source>
        <translation>Зріст, см</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Волосся</translation>
    </message>
    <message>
        <source>Clothing last worn</source>
        <translation>Одяг, у якому бачили востаннє</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Зі слів</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Last seen on</source>
        <translation>Востаннє бачили (дата)</translation>
    </message>
    <message>
        <source>Last seen at</source>
        <translation>Востаннє бачили (місце)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>зниклі безвісти</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>у полоні</translation>
    </message>
    <message>
        <source>captured (unconfirmed)</source>
        <translation>у полоні (не підтверджено)</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>повернуті</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>загиблі</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>good</source>
        <translation>добрий</translation>
    </message>
    <message>
        <source>not wounded</source>
        <translation>без поранень</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>одужав(-ла)</translation>
    </message>
    <message>
        <source>convalescent</source>
        <translation>одужує</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>хворий(-а)</translation>
    </message>
    <message>
        <source>seriously ill</source>
        <translation>тяжкохворий(-а)</translation>
    </message>
    <message>
        <source>slightly wounded</source>
        <translation>легкопоранений(-а)</translation>
    </message>
    <message>
        <source>seriously wounded</source>
        <translation>тяжкопоранений(-а)</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>name spelling</source>
        <translation>написання імені</translation>
    </message>
    <message>
        <source>timeline event</source>
        <translation>подія</translation>
    </message>
    <message>
        <source>next of kin</source>
        <translation>родич</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>health report</source>
        <translation>звіт про здоров'я</translation>
    </message>
    <message>
        <source>medical commission</source>
        <translation>змішана медична комісія</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вкладення</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>домовленість</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>критерії</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>етап</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>зобов'язання</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>list version</source>
        <translation>версія списку</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>запис списку</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>обмін</translation>
    </message>
    <message>
        <source>exchange participant</source>
        <translation>учасник обміну</translation>
    </message>
    <message>
        <source>remains batch</source>
        <translation>партія тіл</translation>
    </message>
    <message>
        <source>remains case</source>
        <translation>справа тіла</translation>
    </message>
    <message>
        <source>custody transfer</source>
        <translation>передача (ланцюг зберігання)</translation>
    </message>
    <message>
        <source>ante-mortem record</source>
        <translation>прижиттєві дані</translation>
    </message>
    <message>
        <source>DNA sample</source>
        <translation>зразок ДНК</translation>
    </message>
    <message>
        <source>DNA result</source>
        <translation>результат ДНК</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <source>identification</source>
        <translation>ідентифікація</translation>
    </message>
    <message>
        <source>counterparty</source>
        <translation>адресат</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>листування</translation>
    </message>
    <message>
        <source>thread link</source>
        <translation>зв'язок листування</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>лист</translation>
    </message>
    <message>
        <source>office</source>
        <translation>офіс</translation>
    </message>
    <message>
        <source>user</source>
        <translation>користувач</translation>
    </message>
    <message>
        <source>went missing</source>
        <translation>зник безвісти</translation>
    </message>
    <message>
        <source>taken prisoner</source>
        <translation>потрапив у полон</translation>
    </message>
    <message>
        <source>seen on video</source>
        <translation>побачений на відео</translation>
    </message>
    <message>
        <source>letter received</source>
        <translation>отримано лист</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>переведений</translation>
    </message>
    <message>
        <source>hospitalised</source>
        <translation>госпіталізований</translation>
    </message>
    <message>
        <source>released</source>
        <translation>звільнений</translation>
    </message>
    <message>
        <source>escaped</source>
        <translation>втік</translation>
    </message>
    <message>
        <source>exchanged</source>
        <translation>обміняний</translation>
    </message>
    <message>
        <source>repatriated</source>
        <translation>репатрійований</translation>
    </message>
    <message>
        <source>died</source>
        <translation>помер</translation>
    </message>
    <message>
        <source>remains identified</source>
        <translation>останки ідентифіковано</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>probable</source>
        <translation>ймовірно</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>можливо</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>не підтверджено</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>родич</translation>
    </message>
    <message>
        <source>released prisoner</source>
        <translation>звільнений полонений</translation>
    </message>
    <message>
        <source>video</source>
        <translation>відео</translation>
    </message>
    <message>
        <source>the other side's list</source>
        <translation>список іншої сторони</translation>
    </message>
    <message>
        <source>ICRC</source>
        <translation>МКЧХ</translation>
    </message>
    <message>
        <source>military unit</source>
        <translation>військова частина</translation>
    </message>
    <message>
        <source>media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригінал</translation>
    </message>
    <message>
        <source>official Latin (2010)</source>
        <translation>офіційна латиниця (2010)</translation>
    </message>
    <message>
        <source>Russian form</source>
        <translation>російська форма</translation>
    </message>
    <message>
        <source>passport Latin</source>
        <translation>паспортна латиниця</translation>
    </message>
    <message>
        <source>repatriate</source>
        <translation>репатріювати</translation>
    </message>
    <message>
        <source>exclude</source>
        <translation>відмовити</translation>
    </message>
    <message>
        <source>re-examine</source>
        <translation>переогляд</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>given</source>
        <translation>надано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відмовився</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>amputation</source>
        <translation>ампутація</translation>
    </message>
    <message>
        <source>before the board</source>
        <translation>на розгляді комісії</translation>
    </message>
    <message>
        <source>birthmark</source>
        <translation>родимка</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>міст</translation>
    </message>
    <message>
        <source>burned</source>
        <translation>обгорілі</translation>
    </message>
    <message>
        <source>cannot be charted</source>
        <translation>неможливо оглянути</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>відібрано</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>повні</translation>
    </message>
    <message>
        <source>crowned</source>
        <translation>коронка</translation>
    </message>
    <message>
        <source>decayed</source>
        <translation>карієс</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>рішення ухвалено</translation>
    </message>
    <message>
        <source>decomposed</source>
        <translation>розкладені</translation>
    </message>
    <message>
        <source>deformity</source>
        <translation>деформація</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>виключено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>невдалий</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>пломба</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>ідентифіковано</translation>
    </message>
    <message>
        <source>implant</source>
        <translation>імплант</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неповні</translation>
    </message>
    <message>
        <source>missing (lost in life)</source>
        <translation>відсутній (втрачений за життя)</translation>
    </message>
    <message>
        <source>missing post mortem</source>
        <translation>втрачений посмертно</translation>
    </message>
    <message>
        <source>piercing</source>
        <translation>пірсинг</translation>
    </message>
    <message>
        <source>present</source>
        <translation>наявний</translation>
    </message>
    <message>
        <source>primary (DNA, fingerprints, dental)</source>
        <translation>первинний (ДНК, відбитки пальців, зуби)</translation>
    </message>
    <message>
        <source>profiled</source>
        <translation>профіль отримано</translation>
    </message>
    <message>
        <source>re-sample requested</source>
        <translation>потрібен повторний зразок</translation>
    </message>
    <message>
        <source>root canal</source>
        <translation>лікований канал</translation>
    </message>
    <message>
        <source>scar</source>
        <translation>шрам</translation>
    </message>
    <message>
        <source>secondary (description, medical, effects)</source>
        <translation>вторинний (опис, медичні дані, речі)</translation>
    </message>
    <message>
        <source>sent to the lab</source>
        <translation>надіслано до лабораторії</translation>
    </message>
    <message>
        <source>skeletal</source>
        <translation>скелетовані</translation>
    </message>
    <message>
        <source>tattoo</source>
        <translation>татуювання</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Mother's maiden name</source>
        <translation>Дівоче прізвище матері</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Citizenship (Power depended on)</source>
        <translation>Громадянство (держава, від якої залежить)</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Civilian</source>
        <translation>Цивільна особа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Capture date</source>
        <translation>Дата полону</translation>
    </message>
    <message>
        <source>Capture place</source>
        <translation>Місце полону</translation>
    </message>
    <message>
        <source>Coming from (unit, camp, hospital)</source>
        <translation>Звідки (частина, табір, шпиталь)</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <source>Prisoner number</source>
        <translation>Номер військовополоненого</translation>
    </message>
    <message>
        <source>Address for correspondence</source>
        <translation>Адреса для листування</translation>
    </message>
    <message>
        <source>Consent to repatriation</source>
        <translation>Згода на репатріацію</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров'я</translation>
    </message>
    <message>
        <source>Annex I category</source>
        <translation>Категорія за Додатком I</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Дата смерті</translation>
    </message>
    <message>
        <source>Place of death</source>
        <translation>Місце смерті</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Причина смерті</translation>
    </message>
    <message>
        <source>Burial place</source>
        <translation>Місце поховання</translation>
    </message>
    <message>
        <source>Grave</source>
        <translation>Могила</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <source>Phase list</source>
        <translation>Список етапу</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Звіт про відповідність</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Особова справа</translation>
    </message>
    <message>
        <source>Capture card</source>
        <translation>Картка полоненого</translation>
    </message>
    <message>
        <source>Registry statistics</source>
        <translation>Статистика реєстру</translation>
    </message>
    <message>
        <source>Exchange-day reconciliation</source>
        <translation>Звірка дня обміну</translation>
    </message>
    <message>
        <source>Correspondence log</source>
        <translation>Журнал листування</translation>
    </message>
    <message>
        <source>Identification status</source>
        <translation>Стан ідентифікації</translation>
    </message>
    <message>
        <source>Identification report</source>
        <translation>Звіт про ідентифікацію</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Свідоцтво про смерть</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Repatria — log in</source>
        <translation>Repatria — вхід</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>This is a demo database with made-up data. User: {0}, password: {1}</source>
        <translation>Це демонстраційна база з вигаданими даними. Користувач: {0}, пароль: {1}</translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation>Виберіть базу даних</translation>
    </message>
    <message>
        <source>Repatria databases (*.db);;All files (*)</source>
        <translation>Бази Repatria (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введіть ім'я користувача.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Repatria — {0}</source>
        <translation>Repatria — {0}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Особи</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Знайти</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Пошук:</translation>
    </message>
    <message>
        <source>Search by name in any spelling, service number, date of birth…</source>
        <translation>Пошук за ім'ям у будь-якому написанні, особистим номером, датою народження…</translation>
    </message>
    <message>
        <source>found: {0}</source>
        <translation>знайдено: {0}</translation>
    </message>
    <message>
        <source>(no one has every word; those shown lack «{0}»)</source>
        <translation>(усіх слів немає ні в кого; у показаних немає «{0}»)</translation>
    </message>
    <message>
        <source>(no one has every word; each shown lacks one of {0})</source>
        <translation>(усіх слів немає ні в кого; у кожного з показаних немає одного з {0})</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Нова особа</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Відкрити вибрану</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Об'єднати дві вибрані…</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Не об'єднано</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Списки</translation>
    </message>
    <message>
        <source>&amp;Correspondence</source>
        <translation>&amp;Листування</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <source>{0} threads past their due date</source>
        <translation>Листувань із простроченою відповіддю: {0}</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Save or close the persons being edited, then switch the language.</source>
        <translation>Збережіть або закрийте особи, що редагуються, і тоді змініть мову.</translation>
    </message>
    <message>
        <source>Select exactly two persons to merge (Ctrl+click).</source>
        <translation>Виберіть рівно дві особи для об'єднання (Ctrl+клік).</translation>
    </message>
    <message>
        <source>{0} merged into {1}.</source>
        <translation>{0} об'єднано з {1}.</translation>
    </message>
    <message>
        <source>shown: {0} of {1}</source>
        <translation>показано: {0} з {1}</translation>
    </message>
    <message>
        <source>{0} persons</source>
        <translation>осіб: {0}</translation>
    </message>
    <message>
        <source>Office &amp;settings…</source>
        <translation>&amp;Налаштування офісу…</translation>
    </message>
    <message>
        <source>&amp;Remains</source>
        <translation>&amp;Останки</translation>
    </message>
    <message>
        <source>Ante mortem</source>
        <translation>Прижиттєві дані</translation>
    </message>
    <message>
        <source>Remains</source>
        <translation>Останки</translation>
    </message>
    <message>
        <source>{0} proposals wait for the identification board</source>
        <translation>{0} пропозицій чекають на ідентифікаційну комісію</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров'я</translation>
    </message>
    <message>
        <source>Annex I</source>
        <translation>Додаток I</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Captured from</source>
        <translation>Полон з</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>list: any</source>
        <translation>список: будь-який</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Print / Export PDF</source>
        <translation>Друк / експорт у PDF</translation>
    </message>
    <message>
        <source>Registry statistics with charts, as a PDF (Ctrl+P)</source>
        <translation>Статистика реєстру з діаграмами у PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Registry statistics</source>
        <translation>Статистика реєстру</translation>
    </message>
    <message>
        <source>{0} persons in the registry</source>
        <translation>У реєстрі осіб: {0}</translation>
    </message>
    <message>
        <source>Persons by status</source>
        <translation>Особи за статусом</translation>
    </message>
    <message>
        <source>Health of the captured and returned</source>
        <translation>Стан здоров'я полонених і повернутих</translation>
    </message>
    <message>
        <source>Captures and returns per month</source>
        <translation>Полонення і повернення за місяцями</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Останні зміни</translation>
    </message>
    <message>
        <source>No news for over six months</source>
        <translation>Без новин понад пів року</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Що змінено</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>Останні відомості</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>осіб</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>потрапили в полон</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>повернулися</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Building the report…</source>
        <translation>Формування звіту…</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Зберегти як PDF…</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>Відкрити в системному переглядачі</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друкувати…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>Не вдалося зберегти {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Reverse the last exchange day…</source>
        <translation>Анулювати останній день обміну…</translation>
    </message>
    <message>
        <source>Deceased, returned or on both lists</source>
        <translation>Загиблі, повернуті або в обох списках</translation>
    </message>
    <message>
        <source>Lock "{0}" as submitted?

Its latest version becomes the one handed to the other side: it can never be edited again. Later changes need a new version, compared against this one.</source>
        <translation>Заблокувати «{0}» як поданий?

Його остання версія стане тією, що передана іншій стороні: її ніколи не можна буде змінити. Подальші зміни — лише новою версією, яку порівнюють із цією.</translation>
    </message>
    <message>
        <source>Lock the list</source>
        <translation>Заблокувати список</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>рядок {0}</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Імпортувати список…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Перевірити знову</translation>
    </message>
    <message>
        <source>Review matches…</source>
        <translation>Переглянути збіги…</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Імпорт списку</translation>
    </message>
    <message>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Списки (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Importing and checking the list…</source>
        <translation>Імпорт і перевірка списку…</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Перевірка списку…</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>їхній</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>наш</translation>
    </message>
    <message>
        <source>version {0}: {1} entries · matched {2} · needs review {3} · unmatched {4} · not compliant {5}</source>
        <translation>версія {0}: записів {1} · збіг {2} · перевірити {3} · не знайдено {4} · не відповідає {5}</translation>
    </message>
    <message>
        <source>Exchange day…</source>
        <translation>День обміну…</translation>
    </message>
    <message>
        <source>Draft a clarification request…</source>
        <translation>Підготувати запит про уточнення…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ще</translation>
    </message>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <source>Criteria v{0}: {1}</source>
        <translation>Критерії в.{0}: {1}</translation>
    </message>
    <message>
        <source>Phase {0}: {1} {2}</source>
        <translation>Етап {0}: {1} {2}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>строк {0}</translation>
    </message>
    <message>
        <source>fulfilled {0}</source>
        <translation>виконано {0}</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>посередник</translation>
    </message>
    <message>
        <source>Build our list…</source>
        <translation>Скласти наш список…</translation>
    </message>
    <message>
        <source>Building our list…</source>
        <translation>Складання нашого списку…</translation>
    </message>
    <message>
        <source>Compare with the previous version…</source>
        <translation>Порівняти з попередньою версією…</translation>
    </message>
    <message>
        <source>Lock as submitted</source>
        <translation>Заблокувати як поданий</translation>
    </message>
    <message>
        <source>locked as submitted</source>
        <translation>заблоковано як поданий</translation>
    </message>
    <message>
        <source>Export as XLSX or CSV…</source>
        <translation>Експортувати в XLSX або CSV…</translation>
    </message>
    <message>
        <source>Print / Export PDF</source>
        <translation>Друк / експорт у PDF</translation>
    </message>
    <message>
        <source>Phase list for the delegation…</source>
        <translation>Список етапу для делегації…</translation>
    </message>
    <message>
        <source>Exchange-day reconciliation…</source>
        <translation>Звірка дня обміну…</translation>
    </message>
    <message>
        <source>Exchange-day reconciliation</source>
        <translation>Звірка дня обміну</translation>
    </message>
    <message>
        <source>Compliance report…</source>
        <translation>Звіт про відповідність…</translation>
    </message>
    <message>
        <source>Phase list</source>
        <translation>Список етапу</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Звіт про відповідність</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Експорт списку</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exchange day</source>
        <translation>День обміну</translation>
    </message>
    <message>
        <source>phase {0}</source>
        <translation>етап {0}</translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>без етапу</translation>
    </message>
    <message>
        <source>Recorded: {0} came home of {1} expected, {2} handed over (parity {3:+d}).</source>
        <translation>Записано: повернулися {0} з {1} очікуваних, передано {2} (паритет {3:+d}).</translation>
    </message>
    <message>
        <source>Did not come: {0}</source>
        <translation>Не повернулися: {0}</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Усі записи</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Не знайдені</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Потребують перевірки</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Не відповідають критеріям</translation>
    </message>
</context>
<context>
    <name>ListTree</name>
    <message>
        <source>Agreements and lists</source>
        <translation>Домовленості та списки</translation>
    </message>
    <message>
        <source>, phase {0}</source>
        <translation>, етап {0}</translation>
    </message>
    <message>
        <source>{0}{1} — v{2}</source>
        <translation>{0}{1} — в.{2}</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>їхній</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>наш</translation>
    </message>
</context>
<context>
    <name>ListEntriesModel</name>
    <message>
        <source>Registry says</source>
        <translation>Реєстр каже</translation>
    </message>
    <message>
        <source>recorded deceased</source>
        <translation>записаний загиблим</translation>
    </message>
    <message>
        <source>already returned</source>
        <translation>уже повернутий</translation>
    </message>
    <message>
        <source>on both sides' lists</source>
        <translation>у списках обох сторін</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Рядок у файлі</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Ім'я, як написано</translation>
    </message>
    <message>
        <source>Date of birth as written</source>
        <translation>Дата народження, як написано</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Відповідає</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Підстава</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>знайдено</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>перевірити</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>не знайдено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>This file becomes version {0} of "{1}": version {2} has {3} entries, this file has {4} lines.</source>
        <translation>Цей файл стане версією {0} списку «{1}»: у версії {2} записів — {3}, у цьому файлі рядків — {4}.</translation>
    </message>
    <message>
        <source>Import it as the new version? The list is then checked in this version, and the two versions can be compared. To start a separate list instead, choose another side or phase.</source>
        <translation>Імпортувати його як нову версію? Список тоді перевірять у цій версії, а дві версії можна буде порівняти. Щоб натомість почати окремий список, виберіть іншу сторону або етап.</translation>
    </message>
    <message>
        <source>A new version of an existing list</source>
        <translation>Нова версія наявного списку</translation>
    </message>
    <message>
        <source>Import as version {0}</source>
        <translation>Імпортувати як версію {0}</translation>
    </message>
    <message>
        <source>Import a list: {0}</source>
        <translation>Імпорт списку: {0}</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Домовленість:</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Сторона:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>без етапу</translation>
    </message>
    <message>
        <source>the other side's list (received)</source>
        <translation>список іншої сторони (отриманий)</translation>
    </message>
    <message>
        <source>our list (sent)</source>
        <translation>наш список (надісланий)</translation>
    </message>
    <message>
        <source>Which column holds what (as guessed from the headers)</source>
        <translation>Що в якому стовпці (за заголовками)</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>стовпець {0}</translation>
    </message>
    <message>
        <source>{0} lines; the first of them:</source>
        <translation>рядків: {0}; перші з них:</translation>
    </message>
    <message>
        <source>Import and check</source>
        <translation>Імпортувати й перевірити</translation>
    </message>
    <message>
        <source>Choose the column with the full name or the surname.</source>
        <translation>Виберіть стовпець із ПІБ або прізвищем.</translation>
    </message>
    <message>
        <source>Record the agreement first: a list always belongs to one.</source>
        <translation>Спершу внесіть домовленість: список завжди належить до неї.</translation>
    </message>
    <message>
        <source>Full name (one column)</source>
        <translation>ПІБ (один стовпець)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <source>Category / health</source>
        <translation>Категорія / стан здоров'я</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Number on the list</source>
        <translation>Номер у списку</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Місяць народження</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Аркуш:</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the list; choose another to read it</source>
        <translation>Аркуш книги, на якому список; виберіть інший, щоб прочитати його</translation>
    </message>
    <message>
        <source>Reading the sheet {0}…</source>
        <translation>Читання аркуша {0}…</translation>
    </message>
    <message>
        <source>The sheet '{0}' could not be read: {1}</source>
        <translation>Не вдалося прочитати аркуш «{0}»: {1}</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>рядок {0}: {1}</translation>
    </message>
    <message>
        <source>{0} more</source>
        <translation>ще {0}</translation>
    </message>
    <message>
        <source>Above the header, not entries: {0}</source>
        <translation>Над заголовком, не записи: {0}</translation>
    </message>
</context>
<context>
    <name>ListContents</name>
    <message>
        <source>Entries ({0})</source>
        <translation>Записи ({0})</translation>
    </message>
    <message>
        <source>Rows kept aside ({0})</source>
        <translation>Відкладені рядки ({0})</translation>
    </message>
    <message>
        <source>Rows kept aside ({0}, {1} to look at)</source>
        <translation>Відкладені рядки ({0}, переглянути: {1})</translation>
    </message>
    <message>
        <source>{0} of them hold a name and a date of birth: see whether they are persons</source>
        <translation>У {0} з них є ім'я та дата народження: перевірте, чи це не особи</translation>
    </message>
    <message>
        <source>Rows of the file that are not persons: never matched, judged or put in a letter</source>
        <translation>Рядки файлу, що не є особами: їх не зіставляють, не оцінюють і не вносять до листів</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Як прочитано файл</translation>
    </message>
    <message>
        <source>{0} cell(s) could not be read; their entries are kept as written: {1}</source>
        <translation>Не вдалося прочитати клітинок: {0}; їхні записи збережено як написано: {1}</translation>
    </message>
    <message>
        <source>This is version {0} of the list; the version before it had {1} entries.</source>
        <translation>Це версія {0} списку; у попередній версії записів було {1}.</translation>
    </message>
    <message>
        <source>No entry matches this filter.</source>
        <translation>Жоден запис не відповідає цьому фільтру.</translation>
    </message>
    <message>
        <source>No list shown: select a list in the tree, or import one (Import list…).</source>
        <translation>Список не показано: виберіть список у дереві або імпортуйте новий («Імпортувати список…»).</translation>
    </message>
</context>
<context>
    <name>SkippedRowsModel</name>
    <message>
        <source>Row in the file</source>
        <translation>Рядок у файлі</translation>
    </message>
    <message>
        <source>Why it is not an entry</source>
        <translation>Чому це не запис</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>title or heading</source>
        <translation>заголовок або назва</translation>
    </message>
    <message>
        <source>approval block (approved by, annex)</source>
        <translation>гриф затвердження (ЗАТВЕРДЖУЮ, додаток)</translation>
    </message>
    <message>
        <source>Excel's separator line (sep=)</source>
        <translation>службовий рядок Excel (sep=)</translation>
    </message>
    <message>
        <source>column numbers (1 2 3 …)</source>
        <translation>номери стовпців (1 2 3 …)</translation>
    </message>
    <message>
        <source>the header again</source>
        <translation>заголовок таблиці ще раз</translation>
    </message>
    <message>
        <source>section heading</source>
        <translation>назва розділу</translation>
    </message>
    <message>
        <source>total or subtotal</source>
        <translation>підсумок (усього, разом)</translation>
    </message>
    <message>
        <source>signature or position</source>
        <translation>підпис або посада</translation>
    </message>
    <message>
        <source>note or footnote</source>
        <translation>примітка або виноска</translation>
    </message>
    <message>
        <source>no name in it</source>
        <translation>немає імені</translation>
    </message>
    <message>
        <source>This row holds a name and a date of birth. If it is a person, correct the file or choose which column holds what, and import it again.</source>
        <translation>У цьому рядку є ім'я та дата народження. Якщо це особа, виправте файл або вкажіть, що в якому стовпці, та імпортуйте його знову.</translation>
    </message>
</context>
<context>
    <name>CorrespondencePage</name>
    <message>
        <source>Close the thread "{0}"? It leaves the open threads and no reply is awaited any more; it stays under "All threads".</source>
        <translation>Закрити листування «{0}»? Воно зникне з відкритих, і відповіді більше не чекатимуть; його буде видно в «Усі листування».</translation>
    </message>
    <message>
        <source>Close the thread</source>
        <translation>Закрити листування</translation>
    </message>
    <message>
        <source>Print / Export PDF</source>
        <translation>Друк / експорт у PDF</translation>
    </message>
    <message>
        <source>The thread's log and every letter, as a PDF (Ctrl+P)</source>
        <translation>Журнал листування і всі листи у PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Відкриті листування</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Усі листування</translation>
    </message>
    <message>
        <source>Find letters by number, subject or a name in them…</source>
        <translation>Пошук листів за номером, темою чи іменем…</translation>
    </message>
    <message>
        <source>New thread…</source>
        <translation>Нове листування…</translation>
    </message>
    <message>
        <source>Counterparties…</source>
        <translation>Адресати…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Waiting, days</source>
        <translation>Очікування, днів</translation>
    </message>
    <message>
        <source>Overdue, days</source>
        <translation>Прострочено, днів</translation>
    </message>
    <message>
        <source>Register reply…</source>
        <translation>Зареєструвати відповідь…</translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation>Новий лист…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Зберегти чернетку</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Позначити як надісланий</translation>
    </message>
    <message>
        <source>Mark the letter "{0}" to {1} as sent today?

It gets the next number of our outgoing letters, and its text is frozen: a sent letter is never edited, only corrected by a new letter. The thread then waits for the reply.</source>
        <translation>Позначити лист «{0}» до {1} як надісланий сьогодні?

Лист отримає наступний номер наших вихідних листів, а його текст буде зафіксовано: надісланий лист ніколи не змінюють, лише виправляють новим листом. Після цього листування чекатиме на відповідь.</translation>
    </message>
    <message>
        <source>Close thread</source>
        <translation>Закрити листування</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Додати скан…</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>Додано: {0}</translation>
    </message>
    <message>
        <source>Attach scans to the letter</source>
        <translation>Скани до листа</translation>
    </message>
    <message>
        <source>Attaching scans…</source>
        <translation>Додавання сканів…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <source>awaiting reply</source>
        <translation>очікує відповіді</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отримано відповідь</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <source>No thread here. A new thread (with a letter) starts the correspondence.</source>
        <translation>Тут немає листувань. Нове листування (з листом) починає обмін листами.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Register a letter received</source>
        <translation>Реєстрація отриманого листа</translation>
    </message>
    <message>
        <source>New outgoing letter</source>
        <translation>Новий вихідний лист</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Отримано:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Their reference:</source>
        <translation>Їхній номер:</translation>
    </message>
    <message>
        <source>A draft until it is marked as sent; then it gets our number.</source>
        <translation>Чернетка, доки її не позначено як надіслану; тоді вона отримає наш номер.</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>diplomatic note</source>
        <translation>дипломатична нота</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>електронна пошта</translation>
    </message>
    <message>
        <source>through the ICRC</source>
        <translation>через МКЧХ</translation>
    </message>
    <message>
        <source>handed over at a meeting</source>
        <translation>передано на зустрічі</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>(без шаблону)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Acknowledgement of a reply</source>
        <translation>Підтвердження отримання відповіді</translation>
    </message>
    <message>
        <source>Request for information about a person</source>
        <translation>Запит про надання відомостей щодо особи</translation>
    </message>
    <message>
        <source>Notification of identification</source>
        <translation>Повідомлення про ідентифікацію</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
</context>
<context>
    <name>CounterpartiesDialog</name>
    <message>
        <source>Counterparties</source>
        <translation>Адресати</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>інша сторона</translation>
    </message>
    <message>
        <source>ICRC</source>
        <translation>МКЧХ</translation>
    </message>
    <message>
        <source>ombudsperson</source>
        <translation>омбудсман</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>посередник</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
</context>
<context>
    <name>ThreadDialog</name>
    <message>
        <source>New thread</source>
        <translation>Нове листування</translation>
    </message>
    <message>
        <source>Counterparty:</source>
        <translation>Адресат:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Reply due by:</source>
        <translation>Відповідь очікується до:</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Version {0} against version {1}</source>
        <translation>Версія {0} порівняно з версією {1}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок списку</translation>
    </message>
    <message>
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>вилучено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>{0} added, {1} removed, {2} changed</source>
        <translation>додано {0}, вилучено {1}, змінено {2}</translation>
    </message>
</context>
<context>
    <name>BuildListDialog</name>
    <message>
        <source>Build our list</source>
        <translation>Скласти наш список</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Скласти</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Домовленість:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>без етапу</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Особи:</translation>
    </message>
    <message>
        <source>only persons who meet the agreed criteria</source>
        <translation>лише особи, що відповідають узгодженим критеріям</translation>
    </message>
</context>
<context>
    <name>ExchangeDayDialog</name>
    <message>
        <source>Not ticked: {0} is marked came home only with a reason.</source>
        <translation>Не позначено: {0} можна позначити як повернутого лише з причиною.</translation>
    </message>
    <message>
        <source>Against the registry's record (deceased or already returned), with the reasons given: {0}</source>
        <translation>Всупереч запису в реєстрі (загиблі або вже повернуті), з наведеними причинами: {0}</translation>
    </message>
    <message>
        <source>and {0} more (Show Details)</source>
        <translation>і ще {0} (див. «Показати подробиці»)</translation>
    </message>
    <message>
        <source>Recorded: {0} came home of {1} expected, {2} handed over (parity {3:+d}).</source>
        <translation>Записано: повернулися {0} з {1} очікуваних, передано {2} (паритет {3:+d}).</translation>
    </message>
    <message>
        <source>Did not come: {0}</source>
        <translation>Не повернулися: {0}</translation>
    </message>
    <message>
        <source>Exchange day: {0}</source>
        <translation>День обміну: {0}</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <source>Came home</source>
        <translation>Повернувся</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Row on their list</source>
        <translation>Рядок у їхньому списку</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Одне ім'я в рядку</translation>
    </message>
    <message>
        <source>Record the exchange</source>
        <translation>Записати обмін</translation>
    </message>
    <message>
        <source>Registry record</source>
        <translation>Запис у реєстрі</translation>
    </message>
    <message>
        <source>{0}: check before ticking</source>
        <translation>{0}: перевірте, перш ніж позначати</translation>
    </message>
    <message>
        <source>The registry records this person as {0}. Ticking asks for the reason.</source>
        <translation>У реєстрі ця особа записана як «{0}». Щоб позначити її, треба вказати причину.</translation>
    </message>
    <message>
        <source>Tick everyone expected who can come home</source>
        <translation>Позначити всіх очікуваних, хто може повернутися</translation>
    </message>
    <message>
        <source>Persons recorded as deceased or returned stay unticked</source>
        <translation>Особи, записані як загиблі або вже повернуті, лишаються непозначеними</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Зняти всі позначки</translation>
    </message>
    <message>
        <source>One person per line: surname, given names, date of birth (persons of the other side)</source>
        <translation>Одна особа в рядку: прізвище, ім'я, дата народження (особи іншої сторони)</translation>
    </message>
    <message>
        <source>Record the exchange…</source>
        <translation>Записати обмін…</translation>
    </message>
    <message>
        <source>Recorded as {0}</source>
        <translation>Записано як «{0}»</translation>
    </message>
    <message>
        <source>The registry records {0} as {1}.
To mark this person as came home, say why the record is wrong (for example: identified in person at the exchange). The reason is kept on the person's timeline.</source>
        <translation>У реєстрі {0} записано як «{1}».
Щоб позначити, що особа повернулася, вкажіть, чому запис хибний (наприклад: особу впізнано під час обміну). Причину буде збережено в хронології особи.</translation>
    </message>
    <message>
        <source>Mark as came home</source>
        <translation>Позначити як повернутого</translation>
    </message>
    <message>
        <source>Even: as many came home as were handed over.</source>
        <translation>Паритет рівний: повернулося стільки ж, скільки передано.</translation>
    </message>
    <message>
        <source>Record the exchange of {0}?

{1} person(s) will be marked as returned home: their status changes to "returned" and the exchange goes on their timeline.
{2} expected person(s) did not come.
{3} person(s) handed over.

Check the ticks before recording: the statuses change at once.</source>
        <translation>Записати обмін {0}?

Осіб, позначених як повернуті додому: {1}. Їхній статус зміниться на «повернуті», а обмін з'явиться в їхній хронології.
Очікуваних, які не прибули: {2}.
Передано осіб: {3}.

Перевірте позначки перед записом: статуси зміняться одразу.</translation>
    </message>
    <message>
        <source>Came home:</source>
        <translation>Повернулися:</translation>
    </message>
    <message>
        <source>Did not come:</source>
        <translation>Не прибули:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записати</translation>
    </message>
    <message>
        <source>Expected home (on the other side's list):</source>
        <translation>Очікувані (у списку іншої сторони):</translation>
    </message>
    <message>
        <source>Handed over to the other side:</source>
        <translation>Передані іншій стороні:</translation>
    </message>
    <message>
        <source>Came home {0} of {1} expected · handed over {2} · parity {3:+d}</source>
        <translation>Повернулися {0} з {1} очікуваних · передано {2} · паритет {3:+d}</translation>
    </message>
    <message numerus="yes">
        <source>%n more came home than were handed over.</source>
        <translation>
            <numerusform>Повернулася на %n особу більше, ніж передано.</numerusform>
            <numerusform>Повернулося на %n особи більше, ніж передано.</numerusform>
            <numerusform>Повернулося на %n осіб більше, ніж передано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more were handed over than came home.</source>
        <translation>
            <numerusform>Передано на %n особу більше, ніж повернулося.</numerusform>
            <numerusform>Передано на %n особи більше, ніж повернулося.</numerusform>
            <numerusform>Передано на %n осіб більше, ніж повернулося.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Рядок {0}: {1}</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Рядок {0}</translation>
    </message>
    <message>
        <source>row {0} in the file</source>
        <translation>рядок {0} у файлі</translation>
    </message>
    <message>
        <source>born</source>
        <translation>народився(-лася)</translation>
    </message>
    <message>
        <source>Registry says</source>
        <translation>Реєстр каже</translation>
    </message>
    <message>
        <source>recorded deceased</source>
        <translation>записаний загиблим</translation>
    </message>
    <message>
        <source>already returned</source>
        <translation>уже повернутий</translation>
    </message>
    <message>
        <source>on both sides' lists</source>
        <translation>у списках обох сторін</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Прочитано як</translation>
    </message>
    <message>
        <source>Candidates in the registry</source>
        <translation>Кандидати в реєстрі</translation>
    </message>
    <message>
        <source>No one in the registry is compatible.</source>
        <translation>У реєстрі немає сумісних осіб.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерії</translation>
    </message>
    <message>
        <source>met</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не виконано</translation>
    </message>
    <message>
        <source>cannot be judged</source>
        <translation>неможливо оцінити</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Done: {0} decided, {1} skipped (still to review).</source>
        <translation>Готово: вирішено {0}, пропущено {1} (ще переглянути).</translation>
    </message>
    <message>
        <source>This is the person (A)</source>
        <translation>Це ця особа (A)</translation>
    </message>
    <message>
        <source>None of them (R)</source>
        <translation>Жоден (R)</translation>
    </message>
    <message>
        <source>Next candidate (→)</source>
        <translation>Наступний кандидат (→)</translation>
    </message>
    <message>
        <source>Skip this entry (↓)</source>
        <translation>Пропустити запис (↓)</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>рядок {0}</translation>
    </message>
    <message>
        <source>Review the matches</source>
        <translation>Перевірка збігів</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>У списку</translation>
    </message>
    <message>
        <source>In the registry</source>
        <translation>У реєстрі</translation>
    </message>
    <message>
        <source>born</source>
        <translation>народився</translation>
    </message>
    <message>
        <source>No candidates in the registry.</source>
        <translation>У реєстрі немає кандидатів.</translation>
    </message>
    <message>
        <source>Entry {0} of {1} (row {2})</source>
        <translation>Запис {0} з {1} (рядок {2})</translation>
    </message>
    <message>
        <source>Candidate {0} of {1}, score {2:.2f}: {3}</source>
        <translation>Кандидат {0} з {1}, оцінка {2:.2f}: {3}</translation>
    </message>
    <message>
        <source>A / Enter: this is the person   R: none of them   →: next candidate   ↓: next entry   Esc: close</source>
        <translation>A / Enter: це ця особа   R: жоден   →: наступний кандидат   ↓: наступний запис   Esc: закрити</translation>
    </message>
    <message numerus="yes">
        <source>All %n entries reviewed.</source>
        <translation>
            <numerusform>Переглянуто %n запис.</numerusform>
            <numerusform>Переглянуто %n записи.</numerusform>
            <numerusform>Переглянуто %n записів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Saved at {0}.</source>
        <translation>Збережено о {0}.</translation>
    </message>
    <message>
        <source>&lt;a href="use"&gt;Use «{0}»&lt;/a&gt;</source>
        <translation>&lt;a href="use"&gt;Виправити на «{0}»&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Latin and Cyrillic letters that look alike are mixed: {0}. It is saved as typed; retype the letters that are wrong.</source>
        <translation>Змішано схожі на вигляд латинські й кириличні літери: {0}. Буде збережено як введено; виправте неправильні літери.</translation>
    </message>
    <message>
        <source>Latin underlined</source>
        <translation>латинські підкреслено</translation>
    </message>
    <message>
        <source>Cyrillic underlined</source>
        <translation>кириличні підкреслено</translation>
    </message>
    <message>
        <source>Latin and Cyrillic letters that look alike are mixed in this name.</source>
        <translation>У цьому імені змішано схожі на вигляд латинські й кириличні літери.</translation>
    </message>
    <message>
        <source>Print capture card…</source>
        <translation>Друкувати картку полоненого…</translation>
    </message>
    <message>
        <source>The GC III capture card of the saved record (Ctrl+P)</source>
        <translation>Картка полоненого збереженого запису (Ctrl+P)</translation>
    </message>
    <message>
        <source>Capture card: {0}</source>
        <translation>Картка полоненого: {0}</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>Друкувати особову справу…</translation>
    </message>
    <message>
        <source>The whole case of the saved record on a few pages</source>
        <translation>Уся справа збереженого запису на кількох сторінках</translation>
    </message>
    <message>
        <source>Dossier: {0}</source>
        <translation>Особова справа: {0}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати дію</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити дію</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>This person has changes that are not saved.</source>
        <translation>Зміни до цієї особи не збережено.</translation>
    </message>
    <message>
        <source>edit {0}</source>
        <translation>зміна: {0}</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Capture and detention</source>
        <translation>Полон і утримання</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров'я</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Mother's maiden name</source>
        <translation>Дівоче прізвище матері</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Citizenship (Power depended on)</source>
        <translation>Громадянство (держава, від якої залежить)</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Civilian</source>
        <translation>Цивільна особа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Capture date</source>
        <translation>Дата полону</translation>
    </message>
    <message>
        <source>Capture place</source>
        <translation>Місце полону</translation>
    </message>
    <message>
        <source>Coming from (unit, camp, hospital)</source>
        <translation>Звідки (частина, табір, шпиталь)</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <source>Prisoner number</source>
        <translation>Номер військовополоненого</translation>
    </message>
    <message>
        <source>Address for correspondence</source>
        <translation>Адреса для листування</translation>
    </message>
    <message>
        <source>Consent to repatriation</source>
        <translation>Згода на репатріацію</translation>
    </message>
    <message>
        <source>Annex I category</source>
        <translation>Категорія за Додатком I</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Дата смерті</translation>
    </message>
    <message>
        <source>Place of death</source>
        <translation>Місце смерті</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Причина смерті</translation>
    </message>
    <message>
        <source>Burial place</source>
        <translation>Місце поховання</translation>
    </message>
    <message>
        <source>Grave</source>
        <translation>Могила</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) on this tab</source>
        <translation>
            <numerusform>%n проблема на цій вкладці</numerusform>
            <numerusform>%n проблеми на цій вкладці</numerusform>
            <numerusform>%n проблем на цій вкладці</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Open the selected person</source>
        <translation>Відкрити вибрану особу</translation>
    </message>
    <message>
        <source>Create a new person anyway</source>
        <translation>Усе одно створити нову особу</translation>
    </message>
    <message>
        <source>These persons are already recorded and may be the one you are entering:</source>
        <translation>Ці особи вже є в реєстрі, і одна з них може бути тією, кого ви вносите:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Змінено іншим користувачем</translation>
    </message>
    <message>
        <source>This person was changed and saved by someone else while you were editing.</source>
        <translation>Поки ви редагували, цю особу змінив і зберіг інший користувач.</translation>
    </message>
    <message>
        <source>Their changes to {0} are kept.</source>
        <translation>Їхні зміни полів {0} збережено.</translation>
    </message>
    <message>
        <source>Both of you changed the fields below: choose which value to keep.</source>
        <translation>Поля нижче змінили ви обоє: виберіть, яке значення залишити.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версія</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Їхня версія</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Об'єднання двох записів</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об'єднати</translation>
    </message>
    <message>
        <source>Choose, for each field that differs, the value to keep. Everything recorded about both (timeline, relatives, sources, files, lists) is kept, and both histories stay in the change log. The record {0} is kept; {1} is merged into it.</source>
        <translation>Для кожного поля, що відрізняється, виберіть значення, яке залишити. Усе, що записано про обох (події, родичі, джерела, файли, списки), зберігається, а обидві історії лишаються в журналі змін. Запис {0} залишається; {1} об'єднується з ним.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
<context>
    <name>PersonRecords</name>
    <message>
        <source>Spellings</source>
        <translation>Написання</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Родичі</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Медичне</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія змін</translation>
    </message>
</context>
<context>
    <name>SpellingsTab</name>
    <message>
        <source>Add spelling…</source>
        <translation>Додати написання…</translation>
    </message>
    <message>
        <source>Another spelling</source>
        <translation>Інше написання</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Походження</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>створено автоматично</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>внесено вручну</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Add event…</source>
        <translation>Додати подію…</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>Подробиці та джерело</translation>
    </message>
</context>
<context>
    <name>KinTab</name>
    <message>
        <source>Relative or person to inform</source>
        <translation>Родич або особа для повідомлення</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Ступінь спорідненості</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>To inform</source>
        <translation>Повідомляти</translation>
    </message>
    <message>
        <source>Person to inform</source>
        <translation>Особа для повідомлення</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>Source of information</source>
        <translation>Джерело відомостей</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
</context>
<context>
    <name>MedicalTab</name>
    <message>
        <source>Health reports</source>
        <translation>Звіти про стан здоров'я</translation>
    </message>
    <message>
        <source>Mixed Medical Commission decisions</source>
        <translation>Рішення Змішаної медичної комісії</translation>
    </message>
    <message>
        <source>Mixed Medical Commission decision</source>
        <translation>Рішення Змішаної медичної комісії</translation>
    </message>
    <message>
        <source>Add health report…</source>
        <translation>Додати звіт про здоров'я…</translation>
    </message>
    <message>
        <source>Add commission decision…</source>
        <translation>Додати рішення комісії…</translation>
    </message>
    <message>
        <source>Health report</source>
        <translation>Звіт про стан здоров'я</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Дата звіту</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Дата звіту</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров'я</translation>
    </message>
    <message>
        <source>Annex I</source>
        <translation>Додаток I</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Examined on</source>
        <translation>Дата огляду</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоси</translation>
    </message>
    <message>
        <source>Votes for (of 3)</source>
        <translation>Голосів «за» (з 3)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члени комісії</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Drop photos and documents here, or add them with the button.</source>
        <translation>Перетягніть сюди фото й документи або додайте їх кнопкою.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Додати файли</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Додавання файлів</translation>
    </message>
    <message>
        <source>Adding {0} file(s)…</source>
        <translation>Додавання файлів: {0}…</translation>
    </message>
    <message>
        <source>{0} file(s) added.</source>
        <translation>Додано файлів: {0}.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Waiting, days</source>
        <translation>Очікування, днів</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Було</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Стан здоров'я</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Дата полону</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Days given for a reply to our letters</source>
        <translation>Днів на відповідь на наші листи</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Налаштування офісу</translation>
    </message>
    <message>
        <source>empty: ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED</source>
        <translation>порожньо: ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED</translation>
    </message>
    <message>
        <source>Supervisors change these for the whole office; the change log does not cover them.</source>
        <translation>Їх змінюють керівники для всього офісу; журнал змін їх не охоплює.</translation>
    </message>
    <message>
        <source>DNA likelihood ratio from which a match is certain</source>
        <translation>Відношення правдоподібності ДНК, від якого збіг певний</translation>
    </message>
    <message>
        <source>DNA likelihood ratio from which a match is probable</source>
        <translation>Відношення правдоподібності ДНК, від якого збіг імовірний</translation>
    </message>
    <message>
        <source>Board members who must sign a decision</source>
        <translation>Скільки членів комісії мають підписати рішення</translation>
    </message>
    <message>
        <source>Classification marking on every report page</source>
        <translation>Гриф на кожній сторінці звіту</translation>
    </message>
</context>
<context>
    <name>RemainsPage</name>
    <message>
        <source>A new remains case (Ctrl+Shift+N)</source>
        <translation>Нова справа останків (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Усі партії</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Усі стадії</translation>
    </message>
    <message>
        <source>Ante-mortem data from families CSV…</source>
        <translation>Прижиттєві дані від родин (CSV)…</translation>
    </message>
    <message>
        <source>Bag or label numbers</source>
        <translation>Номери мішків або бирок</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партія</translation>
    </message>
    <message>
        <source>Batch not saved</source>
        <translation>Партію не збережено</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>Номер партії</translation>
    </message>
    <message>
        <source>Board queue ({0})…</source>
        <translation>Черга комісії ({0})…</translation>
    </message>
    <message>
        <source>Board queue…</source>
        <translation>Черга комісії…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Case number, place, bag or ID tag…</source>
        <translation>Номер справи, місце, мішок або жетон…</translation>
    </message>
    <message>
        <source>DNA results from a laboratory CSV…</source>
        <translation>Результати ДНК від лабораторії (CSV)…</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <source>Declared count</source>
        <translation>Заявлена кількість</translation>
    </message>
    <message>
        <source>Declared count: {0!r} is not a number</source>
        <translation>Заявлена кількість: {0!r} — не число</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Різниця</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Пошук:</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Позначені</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>Лише позначені</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Хто передав</translation>
    </message>
    <message>
        <source>Identification status per batch</source>
        <translation>Стан ідентифікації за партіями</translation>
    </message>
    <message>
        <source>Identification status per batch, for a delegation (Ctrl+P)</source>
        <translation>Стан ідентифікації за партіями для делегації (Ctrl+P)</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Ідентифіковано</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Нова партія</translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation>Нова партія…</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Нова справа…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Place of handover</source>
        <translation>Місце передачі</translation>
    </message>
    <message>
        <source>Possibly the other side's, or commingled</source>
        <translation>Можливо, іншої сторони, або змішані</translation>
    </message>
    <message>
        <source>Print status…</source>
        <translation>Друк стану…</translation>
    </message>
    <message>
        <source>Proposals waiting for the identification board (Ctrl+B)</source>
        <translation>Пропозиції, що чекають на ідентифікаційну комісію (Ctrl+B)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата отримання</translation>
    </message>
    <message>
        <source>Received on: a whole date (YYYY-MM-DD)</source>
        <translation>Дата отримання: повна дата (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>Remains</source>
        <translation>Останки</translation>
    </message>
    <message>
        <source>Remains and identification</source>
        <translation>Останки та ідентифікація</translation>
    </message>
    <message>
        <source>Remains cases (PM) CSV…</source>
        <translation>Справи останків (PM, CSV)…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Стадія:</translation>
    </message>
    <message>
        <source>The other side declared {0}; {1} received</source>
        <translation>Інша сторона заявила {0}; отримано {1}</translation>
    </message>
    <message>
        <source>Where each batch stands</source>
        <translation>Стан кожної партії</translation>
    </message>
    <message>
        <source>{0}: nothing was imported</source>
        <translation>{0}: нічого не імпортовано</translation>
    </message>
    <message>
        <source>The import was cancelled; the database is as it was.</source>
        <translation>Імпорт скасовано; база даних лишилася такою, як була.</translation>
    </message>
    <message>
        <source>No case matches: change the search or the stage, or add a case (Ctrl+Shift+N).</source>
        <translation>Жодна справа не відповідає: змініть пошук чи етап або додайте справу (Ctrl+Shift+N).</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n справа</numerusform>
            <numerusform>%n справи</numerusform>
            <numerusform>%n справ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партія</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>DNA result</source>
        <translation>є результат ДНК</translation>
    </message>
    <message>
        <source>DNA sampled</source>
        <translation>взято ДНК</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Identified as</source>
        <translation>Ідентифіковано як</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Виявлено</translation>
    </message>
    <message>
        <source>Recovery place</source>
        <translation>Місце виявлення</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадія</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Зберігання</translation>
    </message>
    <message>
        <source>before the board</source>
        <translation>на розгляді комісії</translation>
    </message>
    <message>
        <source>commingled</source>
        <translation>змішані</translation>
    </message>
    <message>
        <source>examined</source>
        <translation>обстежено</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>передано родині</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>ідентифіковано</translation>
    </message>
    <message>
        <source>possibly the other side's</source>
        <translation>можливо, іншої сторони</translation>
    </message>
    <message>
        <source>received</source>
        <translation>отримано</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Saved at {0}.</source>
        <translation>Збережено о {0}.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>A body part</source>
        <translation>Частина тіла</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Вік від</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Вік до</translation>
    </message>
    <message>
        <source>Amputations</source>
        <translation>Ампутації</translation>
    </message>
    <message>
        <source>Apparent sex</source>
        <translation>Стать (вірогідна)</translation>
    </message>
    <message>
        <source>Bag or label number</source>
        <translation>Номер мішка або бирки</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партія</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидати</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Причина смерті</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Одяг</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <source>Commingled remains</source>
        <translation>Змішані останки</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Зберігання</translation>
    </message>
    <message>
        <source>DNA</source>
        <translation>ДНК</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Свідоцтво про смерть</translation>
    </message>
    <message>
        <source>Death certificate…</source>
        <translation>Свідоцтво про смерть…</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Зуби</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Documents found</source>
        <translation>Знайдені документи</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Обстеження</translation>
    </message>
    <message>
        <source>Fingerprints taken</source>
        <translation>Відбитки пальців зняті</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Волосся</translation>
    </message>
    <message>
        <source>ID tags found</source>
        <translation>Знайдені жетони</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <source>Identification report</source>
        <translation>Звіт про ідентифікацію</translation>
    </message>
    <message>
        <source>Identification report…</source>
        <translation>Звіт про ідентифікацію…</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Травми</translation>
    </message>
    <message>
        <source>Marks and implants</source>
        <translation>Прикмети та імпланти</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Part of the individual (case number)</source>
        <translation>Частина тіла особи (номер справи)</translation>
    </message>
    <message>
        <source>Personal effects</source>
        <translation>Особисті речі</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Possibly the other side's</source>
        <translation>Можливо, іншої сторони</translation>
    </message>
    <message>
        <source>Recovery date</source>
        <translation>Дата виявлення</translation>
    </message>
    <message>
        <source>Recovery place</source>
        <translation>Місце виявлення</translation>
    </message>
    <message>
        <source>Remains case</source>
        <translation>Справа останків</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>Stature from, cm</source>
        <translation>Зріст від, см</translation>
    </message>
    <message>
        <source>Stature to, cm</source>
        <translation>Зріст до, см</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>Місце зберігання</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>У справі є незбережені зміни.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Which part</source>
        <translation>Яка частина</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>нова справа</translation>
    </message>
    <message>
        <source>no case numbered {0!r}</source>
        <translation>немає справи з номером {0!r}</translation>
    </message>
</context>
<context>
    <name>DentalTab</name>
    <message>
        <source>Click a tooth or move with the arrow keys; type P present, F filled, C crowned, R root canal, B bridge, I implant, D decayed, M missing (lost in life), X missing post mortem, U cannot be charted; Del clears. Right-click for the list. Ctrl+Z undoes.</source>
        <translation>Клацніть зуб або рухайтеся стрілками; клавіші: P наявний, F пломба, C коронка, R лікований канал, B міст, I імплант, D карієс, M відсутній (втрачений за життя), X втрачений посмертно, U неможливо оглянути; Del очищає. Правий клік — список. Ctrl+Z скасовує.</translation>
    </message>
</context>
<context>
    <name>DnaTab</name>
    <message>
        <source>A new sample in place of the selected one, which failed</source>
        <translation>Новий зразок замість вибраного, який не вдався</translation>
    </message>
    <message>
        <source>Add sample…</source>
        <translation>Додати зразок…</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Відібрано</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Дата відбору</translation>
    </message>
    <message>
        <source>DNA result for {0}</source>
        <translation>Результат ДНК для {0}</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Лабораторія</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Лабораторія</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Відношення правдоподібності</translation>
    </message>
    <message>
        <source>New DNA sample</source>
        <translation>Новий зразок ДНК</translation>
    </message>
    <message>
        <source>Re-sample of</source>
        <translation>Повторний зразок для</translation>
    </message>
    <message>
        <source>Re-sample of {0}</source>
        <translation>Повторний зразок для {0}</translation>
    </message>
    <message>
        <source>Re-sample…</source>
        <translation>Повторний зразок…</translation>
    </message>
    <message>
        <source>Record a result…</source>
        <translation>Записати результат…</translation>
    </message>
    <message>
        <source>Reference sample number</source>
        <translation>Номер зразка родича</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Дата звіту</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результати</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Зразок</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Номер зразка</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Змінити статус</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>The laboratory's likelihood ratio for the selected sample and a reference sample</source>
        <translation>Відношення правдоподібності від лабораторії для вибраного зразка і зразка родича</translation>
    </message>
</context>
<context>
    <name>CustodyTab</name>
    <message>
        <source>Add transfer…</source>
        <translation>Додати передачу…</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Every transfer of the remains, in order. Transfers are only added, never edited.</source>
        <translation>Кожна передача останків по черзі. Передачі лише додаються й ніколи не змінюються.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Transfer of custody</source>
        <translation>Передача на зберігання</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>When (YYYY-MM-DD HH:MM)</source>
        <translation>Коли (РРРР-ММ-ДД ГГ:ХХ)</translation>
    </message>
    <message>
        <source>When: write it as 2025-06-14 09:30</source>
        <translation>Коли: запишіть як 2025-06-14 09:30</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидати</translation>
    </message>
    <message>
        <source>Compare AM / PM…</source>
        <translation>Порівняти AM / PM…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>No missing person shares any evidence with this case yet.</source>
        <translation>Поки жодна зникла особа не має спільних доказів із цією справою.</translation>
    </message>
    <message>
        <source>Identified by the board as {0} ({1}): first below, with the decision and the DNA result.</source>
        <translation>Комісія ідентифікувала як {0} ({1}): перший нижче, з рішенням і результатом ДНК.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Propose to the board…</source>
        <translation>Подати на комісію…</translation>
    </message>
    <message>
        <source>Rank again</source>
        <translation>Переранжувати</translation>
    </message>
    <message>
        <source>Ranking the missing persons…</source>
        <translation>Ранжування зниклих осіб…</translation>
    </message>
    <message>
        <source>Reason (kept with the case)</source>
        <translation>Причина (зберігається у справі)</translation>
    </message>
    <message>
        <source>Reject {0}</source>
        <translation>Відхилити: {0}</translation>
    </message>
    <message>
        <source>Rejected candidates and the reasons</source>
        <translation>Відхилені кандидати та причини</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <source>Restore rejected</source>
        <translation>Повернути відхиленого</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>{0} persons sought compared (missing, captured, or dead and not yet identified); the best {1} shown, best first. ✗ marks an exclusion.</source>
        <translation>Порівняно осіб, яких шукають (зниклих, полонених, загиблих і ще не ідентифікованих): {0}; показано найкращих {1}, від найкращого. ✗ позначає виключення.</translation>
    </message>
</context>
<context>
    <name>IdentificationTab</name>
    <message>
        <source>Burial…</source>
        <translation>Поховання…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Свідоцтво</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Family notified: {0} {1} {2}. Handed over: {3} to {4}. Burial: {5} {6} {7}.</source>
        <translation>Родину повідомлено: {0} {1} {2}. Передано: {3}, кому: {4}. Поховання: {5} {6} {7}.</translation>
    </message>
    <message>
        <source>Family notified…</source>
        <translation>Родину повідомлено…</translation>
    </message>
    <message>
        <source>Handed over…</source>
        <translation>Передано…</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <source>No identification has been decided for this case.</source>
        <translation>Щодо цієї справи рішення про ідентифікацію немає.</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>Відкрити особу</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>CaseThreadsTab</name>
    <message>
        <source>New thread about this case…</source>
        <translation>Нове листування щодо справи…</translation>
    </message>
    <message>
        <source>Remains case {0}</source>
        <translation>Справа останків {0}</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <source>New thread</source>
        <translation>Нове листування</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Answer due (YYYY-MM-DD):</source>
        <translation>Відповідь до (РРРР-ММ-ДД):</translation>
    </message>
    <message>
        <source>Add the counterparty in the Correspondence section first.</source>
        <translation>Спершу додайте адресата в розділі «Листування».</translation>
    </message>
    <message>
        <source>Answer due: write the date as YYYY-MM-DD, or leave it empty</source>
        <translation>Відповідь до: запишіть дату як РРРР-ММ-ДД або залиште порожнім</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Ante mortem: {0} ({1})</source>
        <translation>За життя: {0} ({1})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Одяг</translation>
    </message>
    <message>
        <source>Dental chart in life (AM)</source>
        <translation>Зубна формула за життя (AM)</translation>
    </message>
    <message>
        <source>Dental chart of the remains (PM)</source>
        <translation>Зубна формула останків (PM)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказ</translation>
    </message>
    <message>
        <source>Evidence for and against</source>
        <translation>Докази за і проти</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Волосся</translation>
    </message>
    <message>
        <source>Implants</source>
        <translation>Імпланти</translation>
    </message>
    <message>
        <source>Last seen / recovered</source>
        <translation>Востаннє бачили / виявлено</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Прикмети</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Медичні дані</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>Відкрити особу</translation>
    </message>
    <message>
        <source>Outlines: green concordant, amber explainable (dental work after the record), orange inconsistent, red excluding.</source>
        <translation>Рамки: зелена — збіг, жовта — пояснювана розбіжність (лікування після запису), помаранчева — суперечність, червона — виключення.</translation>
    </message>
    <message>
        <source>Post mortem: case {0}</source>
        <translation>Після смерті: справа {0}</translation>
    </message>
    <message>
        <source>Propose to the board…</source>
        <translation>Подати на комісію…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <source>Service number / ID tags</source>
        <translation>Особистий номер / жетони</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Stature, cm</source>
        <translation>Зріст, см</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>народився {0}</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>виключено</translation>
    </message>
    <message>
        <source>{0} and case {1}</source>
        <translation>{0} і справа {1}</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>DNA</source>
        <translation>ДНК</translation>
    </message>
    <message>
        <source>ID tag or document</source>
        <translation>жетон або документ</translation>
    </message>
    <message>
        <source>age</source>
        <translation>вік</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation>одяг</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>dental</source>
        <translation>зуби</translation>
    </message>
    <message>
        <source>identification</source>
        <translation>ідентифікація</translation>
    </message>
    <message>
        <source>implant</source>
        <translation>імплант</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>прикмети</translation>
    </message>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>стать</translation>
    </message>
    <message>
        <source>stature</source>
        <translation>зріст</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Conclusion:</source>
        <translation>Висновок:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Докази:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>Propose {0} to the board</source>
        <translation>Подати на комісію: {0}</translation>
    </message>
    <message>
        <source>The board decides on evidence: describe it.</source>
        <translation>Комісія вирішує на підставі доказів: опишіть їх.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Burial</source>
        <translation>Поховання</translation>
    </message>
    <message>
        <source>Burial place</source>
        <translation>Місце поховання</translation>
    </message>
    <message>
        <source>Buried on</source>
        <translation>Дата поховання</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Documents handed over</source>
        <translation>Передані документи</translation>
    </message>
    <message>
        <source>Grave</source>
        <translation>Могила</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Дата передачі</translation>
    </message>
    <message>
        <source>How (in person, by phone, by letter)</source>
        <translation>Як (особисто, телефоном, листом)</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Дата повідомлення</translation>
    </message>
    <message>
        <source>The date is required</source>
        <translation>Потрібна дата</translation>
    </message>
    <message>
        <source>The family is notified</source>
        <translation>Родину повідомлено</translation>
    </message>
    <message>
        <source>The remains are handed over</source>
        <translation>Останки передано</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
</context>
<context>
    <name>BoardQueue</name>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Case {0} — {1} ({2})</source>
        <translation>Справа {0} — {1} ({2})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Вирішені</translation>
    </message>
    <message>
        <source>Decided on {0}; certificate {1}</source>
        <translation>Рішення від {0}; свідоцтво {1}</translation>
    </message>
    <message>
        <source>Identification board</source>
        <translation>Ідентифікаційна комісія</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>No proposals here.</source>
        <translation>Пропозицій немає.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не підписано</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Не відкликано</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>Відкрити особу</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Proposed {0} by {1}: {2}, {3}</source>
        <translation>Подано {0}, {1}: {2}, {3}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>Записати рішення…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <source>Signatures ({0} of {1} required):</source>
        <translation>Підписи ({0} з {1} потрібних):</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Підписати…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Waiting for the board</source>
        <translation>Чекають на комісію</translation>
    </message>
    <message>
        <source>Withdraw the proposal</source>
        <translation>Відкликати пропозицію</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>за</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>проти</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>Підписати</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Перевіряємо пароль…</translation>
    </message>
    <message>
        <source>Not signed: {0}</source>
        <translation>Не підписано: {0}</translation>
    </message>
    <message>
        <source>Board member (user name):</source>
        <translation>Член комісії (ім'я користувача):</translation>
    </message>
    <message>
        <source>Comment (required to object):</source>
        <translation>Коментар (обов'язковий, якщо проти):</translation>
    </message>
    <message>
        <source>Each member signs under their own account.</source>
        <translation>Кожен член комісії підписує під власним обліковим записом.</translation>
    </message>
    <message>
        <source>I approve</source>
        <translation>Я за</translation>
    </message>
    <message>
        <source>I object</source>
        <translation>Я проти</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sign: case {0}, {1}</source>
        <translation>Підпис: справа {0}, {1}</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Голос:</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Check it before recording: the decision is recorded once.</source>
        <translation>Перевірте перед записом: рішення записують один раз.</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Записати рішення</translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation>Дата смерті:</translation>
    </message>
    <message>
        <source>Date of death: {0}</source>
        <translation>Дата смерті: {0}</translation>
    </message>
    <message>
        <source>Death certificate number:</source>
        <translation>Номер свідоцтва про смерть:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Дата рішення:</translation>
    </message>
    <message>
        <source>Decided on: write the date as YYYY-MM-DD</source>
        <translation>Дата рішення: запишіть як РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Decision: case {0}, {1}</source>
        <translation>Рішення: справа {0}, {1}</translation>
    </message>
    <message>
        <source>Place of death:</source>
        <translation>Місце смерті:</translation>
    </message>
    <message>
        <source>The candidate will be excluded for this case, with the board's evidence as the reason.</source>
        <translation>Кандидата буде виключено для цієї справи; причина — докази комісії.</translation>
    </message>
    <message>
        <source>The person will be recorded as deceased, with this date and place of death.</source>
        <translation>Особу буде записано як загиблу з цими датою і місцем смерті.</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>DentalChart</name>
    <message>
        <source>Dental chart</source>
        <translation>Зубна формула</translation>
    </message>
    <message>
        <source>Not charted</source>
        <translation>Не оглянуто</translation>
    </message>
    <message>
        <source>Tooth {0}</source>
        <translation>Зуб {0}</translation>
    </message>
    <message>
        <source>Tooth {0}: {1}. Keys: {2}; Del clears; arrows move</source>
        <translation>Зуб {0}: {1}. Клавіші: {2}; Del очищає; стрілки переміщують</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ліва</translation>
    </message>
    <message>
        <source>not charted</source>
        <translation>не оглянуто</translation>
    </message>
    <message>
        <source>right</source>
        <translation>права</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>{0!r} is not a whole number</source>
        <translation>{0!r} — не ціле число</translation>
    </message>
</context>
<context>
    <name>MarksEditor</name>
    <message>
        <source>Add implant</source>
        <translation>Додати імплант</translation>
    </message>
    <message>
        <source>Add mark</source>
        <translation>Додати прикмету</translation>
    </message>
    <message>
        <source>Body location</source>
        <translation>Місце на тілі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Implant</source>
        <translation>Імплант</translation>
    </message>
    <message>
        <source>Implants, with serial numbers</source>
        <translation>Імпланти із серійними номерами</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Marks in the words of the family or the examination, in Ukrainian, Russian or English; several at once. Enter adds them as rows: check how each is understood and correct it.</source>
        <translation>Прикмети словами родини чи експерта — українською, російською чи англійською, кілька одразу. Enter додає їх рядками: перевірте, як зрозуміло кожну, і виправте.</translation>
    </message>
    <message>
        <source>Paste marks as written, e.g. тату хрест на правому передпліччі</source>
        <translation>Вставте прикмети, як їх записано, напр. тату хрест на правому передпліччі</translation>
    </message>
    <message>
        <source>Read marks</source>
        <translation>Прочитати прикмети</translation>
    </message>
    <message>
        <source>Remove implant</source>
        <translation>Видалити імплант</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Видалити прикмету</translation>
    </message>
    <message>
        <source>Scars, tattoos and other marks</source>
        <translation>Шрами, татуювання та інші прикмети</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серійний номер</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>Як зрозуміло</translation>
    </message>
</context>
<context>
    <name>AnteMortemTab</name>
    <message>
        <source>Add reference sample…</source>
        <translation>Додати зразок родича…</translation>
    </message>
    <message>
        <source>the whole date it was collected, like 2025-03-25</source>
        <translation>повна дата, коли зібрано, напр. 2025-03-25</translation>
    </message>
    <message>
        <source>Amputations</source>
        <translation>Ампутації</translation>
    </message>
    <message>
        <source>Ante-mortem data collected on {0}.</source>
        <translation>Прижиттєві дані зібрано {0}.</translation>
    </message>
    <message>
        <source>Before the identification board: remains case {0}.</source>
        <translation>На розгляді ідентифікаційної комісії: справа останків {0}.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Статура</translation>
    </message>
    <message>
        <source>Clothing last worn</source>
        <translation>Одяг, у якому бачили востаннє</translation>
    </message>
    <message>
        <source>Collected from (who told us)</source>
        <translation>Від кого отримано</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Дата збору</translation>
    </message>
    <message>
        <source>DNA reference sample</source>
        <translation>Зразок ДНК родича</translation>
    </message>
    <message>
        <source>DNA reference samples from relatives</source>
        <translation>Зразки ДНК родичів</translation>
    </message>
    <message>
        <source>Dental chart from the dentist's records</source>
        <translation>Зубна формула за записами стоматолога</translation>
    </message>
    <message>
        <source>Dental records (where kept, dentist)</source>
        <translation>Стоматологічні записи (де зберігаються, лікар)</translation>
    </message>
    <message>
        <source>Effects carried</source>
        <translation>Речі при собі</translation>
    </message>
    <message>
        <source>Eye colour</source>
        <translation>Колір очей</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Волосся</translation>
    </message>
    <message>
        <source>Identified: remains case {0}, decided on {1}, death certificate {2}.</source>
        <translation>Ідентифіковано: справа останків {0}, рішення від {1}, свідоцтво про смерть {2}.</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Лабораторія</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Лабораторія</translation>
    </message>
    <message>
        <source>Last seen at</source>
        <translation>Востаннє бачили в</translation>
    </message>
    <message>
        <source>Last seen on</source>
        <translation>Востаннє бачили (дата)</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Медичні дані</translation>
    </message>
    <message>
        <source>No identification of remains.</source>
        <translation>Ідентифікації останків немає.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Спорідненість</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Родич</translation>
    </message>
    <message>
        <source>Relative's name</source>
        <translation>Ім'я родича</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Зразок</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Номер зразка</translation>
    </message>
    <message>
        <source>Save ante-mortem data</source>
        <translation>Зберегти прижиттєві дані</translation>
    </message>
    <message>
        <source>Save the person first.</source>
        <translation>Спершу збережіть особу.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Stature, cm</source>
        <translation>Зріст, см</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Відкрити іншу базу даних…</translation>
    </message>
    <message>
        <source>&amp;Export the table…</source>
        <translation>&amp;Експортувати таблицю…</translation>
    </message>
    <message>
        <source>The persons shown (a search result, the filters) as CSV or XLSX</source>
        <translation>Показані особи (результат пошуку, фільтри) у CSV або XLSX</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Знайти</translation>
    </message>
    <message>
        <source>&amp;Copy the selected person's ID</source>
        <translation>&amp;Копіювати ідентифікатор вибраної особи</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Нова особа</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Відкрити вибрану</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Об'єднати дві вибрані…</translation>
    </message>
    <message>
        <source>&amp;Undo a merge…</source>
        <translation>&amp;Скасувати об'єднання…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Особи</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Списки</translation>
    </message>
    <message>
        <source>&amp;Correspondence</source>
        <translation>&amp;Листування</translation>
    </message>
    <message>
        <source>&amp;Remains</source>
        <translation>&amp;Останки</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <source>Office &amp;settings…</source>
        <translation>&amp;Налаштування офісу…</translation>
    </message>
    <message>
        <source>&amp;Users and passwords…</source>
        <translation>&amp;Користувачі та паролі…</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Лише для адміністраторів</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>&amp;Журнал змін…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About Repatria</source>
        <translation>&amp;Про Repatria</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Експорт таблиці</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, розділений крапкою з комою (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the table…</source>
        <translation>Експортуємо таблицю…</translation>
    </message>
    <message>
        <source>{0} persons exported to {1}.</source>
        <translation>Осіб експортовано до {1}: {0}.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не експортовано</translation>
    </message>
    <message>
        <source>Select a person (or a list) to print.</source>
        <translation>Виберіть особу (або список), щоб надрукувати.</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Спершу виберіть особу.</translation>
    </message>
    <message>
        <source>Copied {0}.</source>
        <translation>Скопійовано {0}.</translation>
    </message>
    <message>
        <source>Repatria: user guide</source>
        <translation>Repatria: посібник користувача</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>About Repatria</source>
        <translation>Про Repatria</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Складова</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>viewer (reads only)</source>
        <translation>переглядач (лише читає)</translation>
    </message>
    <message>
        <source>clerk (records and letters)</source>
        <translation>діловод (записи та листи)</translation>
    </message>
    <message>
        <source>supervisor (lists, exchanges, board)</source>
        <translation>керівник (списки, обміни, комісія)</translation>
    </message>
    <message>
        <source>admin (users and settings too)</source>
        <translation>адміністратор (також користувачі й налаштування)</translation>
    </message>
    <message>
        <source>Users and passwords</source>
        <translation>Користувачі та паролі</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Ім'я для входу</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім'я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>вимкнений</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Додати користувача…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <source>Change the role…</source>
        <translation>Змінити роль…</translation>
    </message>
    <message>
        <source>Give a new password…</source>
        <translation>Надати новий пароль…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Вимкнути…</translation>
    </message>
    <message>
        <source>Enable again…</source>
        <translation>Увімкнути знову…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Disable {0}</source>
        <translation>Вимкнути {0}</translation>
    </message>
    <message>
        <source>Enable {0} with a new password</source>
        <translation>Увімкнути {0} з новим паролем</translation>
    </message>
    <message>
        <source>New password for {0}</source>
        <translation>Новий пароль для {0}</translation>
    </message>
    <message>
        <source>Role of {0}</source>
        <translation>Роль {0}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Виконуємо…</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Не вдалося: {0}</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>{0} додано.</translation>
    </message>
    <message>
        <source>{0} disabled.</source>
        <translation>{0} вимкнено.</translation>
    </message>
    <message>
        <source>{0} enabled again.</source>
        <translation>{0} знову увімкнено.</translation>
    </message>
    <message>
        <source>{0} has a new password.</source>
        <translation>{0} має новий пароль.</translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation>{0} тепер: {1}.</translation>
    </message>
    <message>
        <source>{0} will no longer be able to sign in, and their password will no longer unlock this database file. Enabling them again needs a new password.</source>
        <translation>{0} більше не зможе увійти, а його пароль більше не відкриватиме цей файл бази даних. Щоб увімкнути користувача знову, потрібен новий пароль.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>viewer (reads only)</source>
        <translation>переглядач (лише читає)</translation>
    </message>
    <message>
        <source>clerk (records and letters)</source>
        <translation>діловод (записи та листи)</translation>
    </message>
    <message>
        <source>supervisor (lists, exchanges, board)</source>
        <translation>керівник (списки, обміни, комісія)</translation>
    </message>
    <message>
        <source>admin (users and settings too)</source>
        <translation>адміністратор (також користувачі й налаштування)</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Ім'я для входу:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Повне ім'я:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новий пароль:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторіть його:</translation>
    </message>
    <message>
        <source>At least {0} characters. Tell it to the person in person, never in a letter.</source>
        <translation>Щонайменше {0} символів. Повідомте його особі особисто, ніколи не в листі.</translation>
    </message>
    <message>
        <source>Give the login name.</source>
        <translation>Вкажіть ім'я для входу.</translation>
    </message>
    <message>
        <source>The password needs at least {0} characters.</source>
        <translation>Пароль має містити щонайменше {0} символів.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Change log</source>
        <translation>Журнал змін</translation>
    </message>
    <message>
        <source>every kind of record</source>
        <translation>усі види записів</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>усі користувачі</translation>
    </message>
    <message>
        <source>record or person ID</source>
        <translation>ідентифікатор запису або особи</translation>
    </message>
    <message>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Стосується</translation>
    </message>
    <message>
        <source>Copy the record's ID</source>
        <translation>Копіювати ідентифікатор запису</translation>
    </message>
    <message>
        <source>Show {0} more</source>
        <translation>Показати ще {0}</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Перевірити ланцюжок</translation>
    </message>
    <message>
        <source>Recompute every event's hash: any event altered, removed or inserted outside the app is found</source>
        <translation>Перерахувати хеш кожної події: буде знайдено будь-яку подію, змінену, вилучену чи вставлену поза програмою</translation>
    </message>
    <message>
        <source>«{0}» is not an ID: IDs look like 01a22e09-72a5-764a-bc00-8439df6254ee</source>
        <translation>«{0}» — не ідентифікатор: ідентифікатори мають вигляд 01a22e09-72a5-764a-bc00-8439df6254ee</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Читаємо журнал…</translation>
    </message>
    <message>
        <source>{0} of {1} events shown</source>
        <translation>Показано {0} з {1} подій</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Жодна подія не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <source>{0} {1} by {2}, {3} UTC · event {4} · record {5}</source>
        <translation>{0}: {1}, {2}, {3} UTC · подія {4} · запис {5}</translation>
    </message>
    <message>
        <source>Verifying every event of the chain…</source>
        <translation>Перевіряємо кожну подію ланцюжка…</translation>
    </message>
    <message>
        <source>The chain is intact: {0} events from {1} office(s), none altered, removed or inserted.</source>
        <translation>Ланцюжок цілий: подій — {0}, офісів — {1}; жодної не змінено, не вилучено й не вставлено.</translation>
    </message>
    <message>
        <source>The chain is broken at {0}. Tell the office's administrator.</source>
        <translation>Ланцюжок порушено на {0}. Повідомте адміністратора офісу.</translation>
    </message>
</context>
<context>
    <name>ReverseExchange</name>
    <message>
        <source>Reverse an exchange day</source>
        <translation>Анулювати день обміну</translation>
    </message>
    <message>
        <source>No exchange day is recorded for this list's phase.</source>
        <translation>Для етапу цього списку не записано жодного дня обміну.</translation>
    </message>
    <message>
        <source>Reverse the exchange of {0}</source>
        <translation>Анулювати обмін {0}</translation>
    </message>
    <message>
        <source>Why is this exchange day reversed? The reason goes on each person's timeline.</source>
        <translation>Чому цей день обміну анулюють? Причину буде записано в хронології кожної особи.</translation>
    </message>
    <message>
        <source>Not reversed</source>
        <translation>Не анульовано</translation>
    </message>
    <message>
        <source>A reason is needed.</source>
        <translation>Потрібно вказати причину.</translation>
    </message>
    <message>
        <source>Reverse the exchange of {0} ({1})?

{2} person(s) marked as returned go back to the status they had before; the exchange leaves the parity; each one's timeline says it was reversed, and why. The change log keeps the day and its reversal.</source>
        <translation>Анулювати обмін {0} ({1})?

Осіб, позначених як повернуті: {2}. Їм повернуть попередній статус; обмін вилучать із паритету; у хронології кожної буде сказано, що обмін скасовано, і чому. Журнал змін зберігає і день обміну, і його скасування.</translation>
    </message>
    <message>
        <source>Reverse the exchange</source>
        <translation>Анулювати обмін</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Анулювати обмін</translation>
    </message>
    <message>
        <source>{0} (status changed since: left as it is)</source>
        <translation>{0} (статус відтоді змінився: залишено як є)</translation>
    </message>
    <message>
        <source>Exchange reversed</source>
        <translation>Обмін анульовано</translation>
    </message>
    <message>
        <source>The exchange of {0} is reversed.</source>
        <translation>Обмін {0} анульовано.</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Undo a merge</source>
        <translation>Скасувати об'єднання</translation>
    </message>
    <message>
        <source>Reading the merges from the change log…</source>
        <translation>Читаємо об'єднання з журналу змін…</translation>
    </message>
    <message>
        <source>Merged on (UTC)</source>
        <translation>Об'єднано (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Record merged away</source>
        <translation>Приєднаний запис</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>До запису</translation>
    </message>
    <message>
        <source>Why the merge was wrong (kept in both histories)</source>
        <translation>Чому об'єднання хибне (зберігається в обох історіях)</translation>
    </message>
    <message>
        <source>The record merged away comes back with its own fields and everything the merge moved to the other record; the other record gets back the values the merge changed. Both histories keep the merge and its reversal.</source>
        <translation>Приєднаний запис повертається з власними полями і всім, що об'єднання перенесло до іншого запису; інший запис отримує назад значення, які змінило об'єднання. Обидві історії зберігають і об'єднання, і його скасування.</translation>
    </message>
    <message>
        <source>The change log holds no merge to take back.</source>
        <translation>У журналі змін немає об'єднань, які можна скасувати.</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>Роз'єднати…</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Роз'єднати записи</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Say why the merge was wrong.</source>
        <translation>Вкажіть, чому об'єднання хибне.</translation>
    </message>
    <message>
        <source>Bring back {0} as a record of its own, separate from {1}?</source>
        <translation>Повернути {0} як окремий запис, відокремлений від {1}?</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>No one found for «{0}». Try another spelling, fewer words, or other filters.</source>
        <translation>За запитом «{0}» нікого не знайдено. Спробуйте інше написання, менше слів або інші фільтри.</translation>
    </message>
    <message>
        <source>No one matches these filters. Clear them, add a person (Ctrl+N) or import a CSV.</source>
        <translation>Жодна особа не відповідає цим фільтрам. Очистьте їх, додайте особу (Ctrl+N) або імпортуйте CSV.</translation>
    </message>
</context>
</TS>
