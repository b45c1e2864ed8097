<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Labels</name>
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
        <source>shown: {0} of {1}</source>
        <translation>показано: {0} з {1}</translation>
    </message>
    <message>
        <source>{0} persons</source>
        <translation>осіб: {0}</translation>
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
        <source>on any list or none</source>
        <translation>у будь-якому списку або без списку</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
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
</TS>
