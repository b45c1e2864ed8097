"""Ukrainian for the main window's menus and the office's tool windows: users and passwords,
the change log viewer, help (issue 14)."""

from __future__ import annotations

ROLES = {
    "viewer (reads only)": "переглядач (лише читає)",
    "clerk (records and letters)": "діловод (записи та листи)",
    "supervisor (lists, exchanges, board)": "керівник (списки, обміни, комісія)",
    "admin (users and settings too)": "адміністратор (також користувачі й налаштування)",
}

OFFICE_UK: dict[str, dict[str, str]] = {
    "WindowCommands": {
        "&File": "&Файл",
        "&Open another database…": "&Відкрити іншу базу даних…",
        "&Export the table…": "&Експортувати таблицю…",
        "The persons shown (a search result, the filters) as CSV or XLSX": (
            "Показані особи (результат пошуку, фільтри) у CSV або XLSX"
        ),
        "&Print…": "&Друк…",
        "&Quit": "&Вийти",
        "&Edit": "&Редагування",
        "&Find": "&Знайти",
        "&Copy the selected person's ID": "&Копіювати ідентифікатор вибраної особи",
        "&Person": "&Особа",
        "&New person": "&Нова особа",
        "&Open selected": "&Відкрити вибрану",
        "&Merge the two selected…": "&Об'єднати дві вибрані…",
        "&Undo a merge…": "&Скасувати об'єднання…",
        "&View": "&Вигляд",
        "&Dashboard": "&Огляд",
        "&Persons": "&Особи",
        "&Lists": "&Списки",
        "&Correspondence": "&Листування",
        "&Remains": "&Останки",
        "&Refresh": "&Оновити",
        "&Language": "&Мова",
        "&Tools": "&Інструменти",
        "Office &settings…": "&Налаштування офісу…",
        "&Users and passwords…": "&Користувачі та паролі…",
        "Admins only": "Лише для адміністраторів",
        "Change &log…": "&Журнал змін…",
        "&Help": "&Довідка",
        "User &guide": "&Посібник користувача",
        "&Keyboard shortcuts": "&Клавіатурні скорочення",
        "&About Repatria": "&Про Repatria",
        "Export the table": "Експорт таблиці",
        "Excel workbook (*.xlsx)": "Книга Excel (*.xlsx)",
        "CSV, semicolon-separated (*.csv)": "CSV, розділений крапкою з комою (*.csv)",
        "Exporting the table…": "Експортуємо таблицю…",
        "{0} persons exported to {1}.": "Осіб експортовано до {1}: {0}.",
        "Not exported": "Не експортовано",
        "Select a person (or a list) to print.": "Виберіть особу (або список), щоб надрукувати.",
        "Select a person first.": "Спершу виберіть особу.",
        "Copied {0}.": "Скопійовано {0}.",
        "Repatria: user guide": "Repatria: посібник користувача",
        "Keyboard shortcuts": "Клавіатурні скорочення",
        "Command": "Команда",
        "Keys": "Клавіші",
        "About Repatria": "Про Repatria",
        "Component": "Складова",
        "Version": "Версія",
    },
    "UsersDialog": {
        **ROLES,
        "Users and passwords": "Користувачі та паролі",
        "Login": "Ім'я для входу",
        "Full name": "Повне ім'я",
        "Role": "Роль",
        "State": "Стан",
        "active": "активний",
        "disabled": "вимкнений",
        "Add a user…": "Додати користувача…",
        "Add a user": "Додати користувача",
        "Change the role…": "Змінити роль…",
        "Give a new password…": "Надати новий пароль…",
        "Disable…": "Вимкнути…",
        "Enable again…": "Увімкнути знову…",
        "Disable": "Вимкнути",
        "Disable {0}": "Вимкнути {0}",
        "Enable {0} with a new password": "Увімкнути {0} з новим паролем",
        "New password for {0}": "Новий пароль для {0}",
        "Role of {0}": "Роль {0}",
        "Working…": "Виконуємо…",
        "Failed: {0}": "Не вдалося: {0}",
        "{0} added.": "{0} додано.",
        "{0} disabled.": "{0} вимкнено.",
        "{0} enabled again.": "{0} знову увімкнено.",
        "{0} has a new password.": "{0} має новий пароль.",
        "{0} is now {1}.": "{0} тепер: {1}.",
        "{0} will no longer be able to sign in, and their password will no longer unlock this database file. "
        "Enabling them again needs a new password.": (
            "{0} більше не зможе увійти, а його пароль більше не відкриватиме цей файл бази даних. "
            "Щоб увімкнути користувача знову, потрібен новий пароль."
        ),
    },
    "PasswordDialog": {
        **ROLES,
        "Login name:": "Ім'я для входу:",
        "Full name:": "Повне ім'я:",
        "Role:": "Роль:",
        "New password:": "Новий пароль:",
        "Repeat it:": "Повторіть його:",
        "At least {0} characters. Tell it to the person in person, never in a letter.": (
            "Щонайменше {0} символів. Повідомте його особі особисто, ніколи не в листі."
        ),
        "Give the login name.": "Вкажіть ім'я для входу.",
        "The password needs at least {0} characters.": "Пароль має містити щонайменше {0} символів.",
        "The two passwords differ.": "Паролі не збігаються.",
    },
    "ChangeLogDialog": {
        "Change log": "Журнал змін",
        "every kind of record": "усі види записів",
        "every user": "усі користувачі",
        "record or person ID": "ідентифікатор запису або особи",
        "from": "з",
        "to": "до",
        "Show": "Показати",
        "When (UTC)": "Коли (UTC)",
        "User": "Користувач",
        "Record": "Запис",
        "Change": "Зміна",
        "Fields": "Поля",
        "About": "Стосується",
        "Copy the record's ID": "Копіювати ідентифікатор запису",
        "Show {0} more": "Показати ще {0}",
        "Verify the chain": "Перевірити ланцюжок",
        "Recompute every event's hash: any event altered, removed or inserted outside the app is found": (
            "Перерахувати хеш кожної події: буде знайдено будь-яку подію, змінену, вилучену чи вставлену поза програмою"
        ),
        "«{0}» is not an ID: IDs look like 01a22e09-72a5-764a-bc00-8439df6254ee": (
            "«{0}» — не ідентифікатор: ідентифікатори мають вигляд 01a22e09-72a5-764a-bc00-8439df6254ee"
        ),
        "Reading the log…": "Читаємо журнал…",
        "{0} of {1} events shown": "Показано {0} з {1} подій",
        "No event matches these filters.": "Жодна подія не відповідає цим фільтрам.",
        "{0} {1} by {2}, {3} UTC · event {4} · record {5}": "{0}: {1}, {2}, {3} UTC · подія {4} · запис {5}",
        "Verifying every event of the chain…": "Перевіряємо кожну подію ланцюжка…",
        "The chain is intact: {0} events from {1} office(s), none altered, removed or inserted.": (
            "Ланцюжок цілий: подій — {0}, офісів — {1}; жодної не змінено, не вилучено й не вставлено."
        ),
        "The chain is broken at {0}. Tell the office's administrator.": (
            "Ланцюжок порушено на {0}. Повідомте адміністратора офісу."
        ),
    },
    "ReverseExchange": {
        "Reverse an exchange day": "Анулювати день обміну",
        "No exchange day is recorded for this list's phase.": "Для етапу цього списку не записано жодного дня обміну.",
        "Reverse the exchange of {0}": "Анулювати обмін {0}",
        "Why is this exchange day reversed? The reason goes on each person's timeline.": (
            "Чому цей день обміну анулюють? Причину буде записано в хронології кожної особи."
        ),
        "Not reversed": "Не анульовано",
        "A reason is needed.": "Потрібно вказати причину.",
        "Reverse the exchange of {0} ({1})?\n\n"
        "{2} person(s) marked as returned go back to the status they had before; the exchange leaves the "
        "parity; each one's timeline says it was reversed, and why. The change log keeps the day and its "
        "reversal.": (
            "Анулювати обмін {0} ({1})?\n\n"
            "Осіб, позначених як повернуті: {2}. Їм повернуть попередній статус; обмін вилучать із паритету; "
            "у хронології кожної буде сказано, що обмін скасовано, і чому. Журнал змін зберігає і день обміну, "
            "і його скасування."
        ),
        "Reverse the exchange": "Анулювати обмін",
        "Reverse": "Анулювати обмін",
        "{0} (status changed since: left as it is)": "{0} (статус відтоді змінився: залишено як є)",
        "Exchange reversed": "Обмін анульовано",
        "The exchange of {0} is reversed.": "Обмін {0} анульовано.",
    },
    "UnmergeDialog": {
        "Undo a merge": "Скасувати об'єднання",
        "Reading the merges from the change log…": "Читаємо об'єднання з журналу змін…",
        "Merged on (UTC)": "Об'єднано (UTC)",
        "By": "Хто",
        "Record merged away": "Приєднаний запис",
        "Into": "До запису",
        "Why the merge was wrong (kept in both histories)": "Чому об'єднання хибне (зберігається в обох історіях)",
        "The record merged away comes back with its own fields and everything the merge moved to the "
        "other record; the other record gets back the values the merge changed. Both histories keep "
        "the merge and its reversal.": (
            "Приєднаний запис повертається з власними полями і всім, що об'єднання перенесло до іншого запису; "
            "інший запис отримує назад значення, які змінило об'єднання. Обидві історії зберігають і "
            "об'єднання, і його скасування."
        ),
        "The change log holds no merge to take back.": "У журналі змін немає об'єднань, які можна скасувати.",
        "Take back…": "Роз'єднати…",
        "Take back": "Роз'єднати записи",
        "Reason:": "Причина:",
        "Say why the merge was wrong.": "Вкажіть, чому об'єднання хибне.",
        "Bring back {0} as a record of its own, separate from {1}?": (
            "Повернути {0} як окремий запис, відокремлений від {1}?"
        ),
    },
    "CorrespondencePage": {
        "No thread here. A new thread (with a letter) starts the correspondence.": (
            "Тут немає листувань. Нове листування (з листом) починає обмін листами."
        ),
    },
    "ListContents": {
        "No entry matches this filter.": "Жоден запис не відповідає цьому фільтру.",
        "No list shown: select a list in the tree, or import one (Import list…).": (
            "Список не показано: виберіть список у дереві або імпортуйте новий («Імпортувати список…»)."
        ),
    },
    "PersonsPage": {
        "No one found for «{0}». Try another spelling, fewer words, or other filters.": (
            "За запитом «{0}» нікого не знайдено. Спробуйте інше написання, менше слів або інші фільтри."
        ),
        "No one matches these filters. Clear them, add a person (Ctrl+N) or import a CSV.": (
            "Жодна особа не відповідає цим фільтрам. Очистьте їх, додайте особу (Ctrl+N) або імпортуйте CSV."
        ),
    },
    "RemainsPage": {
        "No case matches: change the search or the stage, or add a case (Ctrl+Shift+N).": (
            "Жодна справа не відповідає: змініть пошук чи етап або додайте справу (Ctrl+Shift+N)."
        ),
    },
}
