<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>{0} persons</source>
        <translation>осіб: {0}</translation>
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
</context>
</TS>
