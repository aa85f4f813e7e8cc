-- Demo content for a first look at Civitas: one program with its enrollment window open, four
-- modules, a questionnaire, learners and their applications. Loaded by make run into an empty
-- database only (CIVITAS_DEMO_CONTENT=true); never by the tests' or a production database.
-- Demo learners sign in with the password Demo-learner-2026.
-- One statement per line group, ended by a semicolon at the end of a line.

INSERT INTO programs (title, description, provider, partners, program_type, duration, hours, learning_outcomes, language,
                      enrollment_opens_at, enrollment_closes_at, starts_on, ends_on, capacity, recording_make_up_percent, status,
                      created_at, updated_at, version)
VALUES ('Залучення громадянського суспільства до місцевого розвитку',
        'Спеціальна короткострокова програма підвищення кваліфікації для посадових осіб місцевого самоврядування, працівників місцевих органів виконавчої влади та представників громадських організацій.\nЧотири модулі поєднують вебінари, практичні завдання та круглий стіл: від правових основ участі громадськості до спільного планування та оцінювання місцевих політик.',
        'Центр підвищення кваліфікації публічних службовців (демо)',
        '[{"name":"Фонд розвитку громад (демо)","url":"https://example.org/fund"},{"name":"Асоціація відкритих громад (демо)","url":"https://example.org/association"}]',
        'special', 'short_term', 90,
        'Пояснює правові засади участі громадськості в ухваленні рішень на місцевому рівні\nПланує та проводить публічні консультації, громадські слухання й обговорення\nЗалучає громадські організації до розроблення й реалізації місцевих програм\nОцінює результати співпраці влади та громадськості й звітує про них',
        'uk', UTC_TIMESTAMP(6) - INTERVAL 7 DAY, UTC_TIMESTAMP(6) + INTERVAL 45 DAY,
        UTC_DATE() + INTERVAL 60 DAY, UTC_DATE() + INTERVAL 150 DAY, 80, 80, 'PUBLISHED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0);
SET @program = LAST_INSERT_ID();

INSERT INTO modules (program_id, position, title, description, hours, created_at, updated_at) VALUES
 (@program, 0, 'Правові засади участі громадськості', 'Конституційні та законодавчі гарантії участі; статути територіальних громад; форми місцевої демократії. Два вебінари й тест.', 20, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
 (@program, 1, 'Інструменти залучення', 'Публічні консультації, громадські слухання, місцеві ініціативи, петиції, громадський бюджет: як їх організувати. Три вебінари.', 25, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
 (@program, 2, 'Співпраця з громадськими організаціями', 'Конкурси проєктів, соціальне замовлення, консультативно-дорадчі органи. Круглий стіл із представниками громадськості.', 25, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
 (@program, 3, 'Оцінювання та звітність', 'Показники участі, зворотний зв’язок, звітування перед громадою. Підсумковий тест.', 20, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

INSERT INTO questionnaires (program_id, questions, allow_reapply, updated_at, version)
VALUES (@program, '[{"id":"motivation","kind":"long_text","label":"Чому ви хочете пройти цю програму?","required":true,"options":null},{"id":"experience","kind":"single_choice","label":"Ваш досвід залучення громадськості","required":true,"options":["Немає","Менше року","1–3 роки","Понад 3 роки"]},{"id":"tools","kind":"multiple_choice","label":"Які інструменти ви вже використовували?","required":false,"options":["Публічні консультації","Громадський бюджет","Місцеві петиції","Громадські слухання"]},{"id":"round_table","kind":"yes_no","label":"Чи зможете ви взяти участь у круглому столі очно (Київ)?","required":false,"options":null}]',
        TRUE, UTC_TIMESTAMP(6), 0);

INSERT INTO users (email, password_hash, surname, given_name, patronymic, roles, enabled, created_at, updated_at, last_login_at, version) VALUES
 ('olena.kovalenko@demo.civitas', '$argon2id$v=19$m=19456,t=2,p=1$jZyrpNnjmMt5kS4s3c4C3Q$tgGxCuRF3f/pquiELPl2z0g7tv6xplp2pJRHyxccea8', 'Коваленко', 'Олена', 'Миколаївна', 'learner', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), NULL, 0),
 ('andrii.melnyk@demo.civitas', '$argon2id$v=19$m=19456,t=2,p=1$jZyrpNnjmMt5kS4s3c4C3Q$tgGxCuRF3f/pquiELPl2z0g7tv6xplp2pJRHyxccea8', 'Мельник', 'Андрій', 'Васильович', 'learner', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), NULL, 0),
 ('nataliia.shevchuk@demo.civitas', '$argon2id$v=19$m=19456,t=2,p=1$jZyrpNnjmMt5kS4s3c4C3Q$tgGxCuRF3f/pquiELPl2z0g7tv6xplp2pJRHyxccea8', 'Шевчук', 'Наталія', 'Іванівна', 'learner', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), NULL, 0),
 ('taras.bondar@demo.civitas', '$argon2id$v=19$m=19456,t=2,p=1$jZyrpNnjmMt5kS4s3c4C3Q$tgGxCuRF3f/pquiELPl2z0g7tv6xplp2pJRHyxccea8', 'Бондар', 'Тарас', NULL, 'learner,trainer', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), NULL, 0),
 ('iryna.hnatiuk@demo.civitas', '$argon2id$v=19$m=19456,t=2,p=1$jZyrpNnjmMt5kS4s3c4C3Q$tgGxCuRF3f/pquiELPl2z0g7tv6xplp2pJRHyxccea8', 'Гнатюк', 'Ірина', 'Богданівна', 'learner', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), NULL, 0),
 ('serhii.moroz@demo.civitas', '$argon2id$v=19$m=19456,t=2,p=1$jZyrpNnjmMt5kS4s3c4C3Q$tgGxCuRF3f/pquiELPl2z0g7tv6xplp2pJRHyxccea8', 'Мороз', 'Сергій', 'Олексійович', 'learner', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), NULL, 0),
 ('oksana.tkach@demo.civitas', '$argon2id$v=19$m=19456,t=2,p=1$jZyrpNnjmMt5kS4s3c4C3Q$tgGxCuRF3f/pquiELPl2z0g7tv6xplp2pJRHyxccea8', 'Ткач', 'Оксана', NULL, 'learner', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), NULL, 0);

-- Materials: links to the laws the modules rest on (public), and working materials for participants.
INSERT INTO materials (program_id, module_id, kind, title, url, visibility, position, created_by, created_at)
SELECT @program, NULL, 'link', 'Про програму: розклад і вимоги до завершення', 'https://example.org/civitas-demo/program', 'public', 0,
       (SELECT id FROM users WHERE email = 'taras.bondar@demo.civitas'), UTC_TIMESTAMP(6);
INSERT INTO materials (program_id, module_id, kind, title, url, visibility, position, created_by, created_at)
SELECT @program, m.id, 'link', 'Закон України «Про місцеве самоврядування в Україні»',
       'https://zakon.rada.gov.ua/laws/show/280/97-%D0%B2%D1%80', 'public', 1, (SELECT id FROM users WHERE email = 'taras.bondar@demo.civitas'), UTC_TIMESTAMP(6)
FROM modules m WHERE m.program_id = @program AND m.position = 0;
INSERT INTO materials (program_id, module_id, kind, title, url, visibility, position, created_by, created_at)
SELECT @program, m.id, 'link', 'Постанова КМУ № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики»',
       'https://zakon.rada.gov.ua/laws/show/996-2010-%D0%BF', 'public', 2, (SELECT id FROM users WHERE email = 'taras.bondar@demo.civitas'), UTC_TIMESTAMP(6)
FROM modules m WHERE m.program_id = @program AND m.position = 1;
INSERT INTO materials (program_id, module_id, kind, title, url, visibility, position, created_by, created_at)
SELECT @program, m.id, 'link', 'Робочий зошит модуля: план публічних консультацій (для учасників)',
       'https://example.org/civitas-demo/workbook-consultations', 'participants', 3, (SELECT id FROM users WHERE email = 'taras.bondar@demo.civitas'), UTC_TIMESTAMP(6)
FROM modules m WHERE m.program_id = @program AND m.position = 1;
INSERT INTO materials (program_id, module_id, kind, title, url, visibility, position, created_by, created_at)
SELECT @program, m.id, 'link', 'Закон України «Про громадські об’єднання»',
       'https://zakon.rada.gov.ua/laws/show/4572-17', 'public', 4, (SELECT id FROM users WHERE email = 'taras.bondar@demo.civitas'), UTC_TIMESTAMP(6)
FROM modules m WHERE m.program_id = @program AND m.position = 2;

INSERT INTO program_trainers (program_id, user_id)
SELECT @program, id FROM users WHERE email = 'taras.bondar@demo.civitas';

INSERT INTO applications (program_id, user_id, status, profile, region, organization, category, answers, decision_message, decided_by, decided_at, submitted_at, updated_at, version)
SELECT @program, id, 'ADMITTED',
       '{"surname":"Коваленко","givenName":"Олена","patronymic":"Миколаївна","email":"olena.kovalenko@demo.civitas","phone":"+380 50 111 22 33","region":"Полтавська область","organization":"Гадяцька міська рада","position":"Начальник відділу економічного розвитку","category":"Посадова особа місцевого самоврядування","gender":"female","consent":true}',
       'Полтавська область', 'Гадяцька міська рада', 'Посадова особа місцевого самоврядування',
       '{"motivation":"Готуємо перший громадський бюджет громади й хочемо зробити його справді відкритим.","experience":"Менше року","tools":["Місцеві петиції"],"round_table":true}',
       'Вітаємо! Вас зараховано на програму.', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) - INTERVAL 5 DAY, UTC_TIMESTAMP(6), 0
FROM users WHERE email = 'olena.kovalenko@demo.civitas';

INSERT INTO applications (program_id, user_id, status, profile, region, organization, category, answers, decision_message, decided_by, decided_at, submitted_at, updated_at, version)
SELECT @program, id, 'SUBMITTED',
       '{"surname":"Мельник","givenName":"Андрій","patronymic":"Васильович","email":"andrii.melnyk@demo.civitas","phone":"+380 67 444 55 66","region":"Львівська область","organization":"Жовківська районна державна адміністрація","position":"Головний спеціаліст","category":"Працівник місцевого органу виконавчої влади","gender":"male","consent":true}',
       'Львівська область', 'Жовківська районна державна адміністрація', 'Працівник місцевого органу виконавчої влади',
       '{"motivation":"Відповідаю за взаємодію з громадськими організаціями району.","experience":"1–3 роки","tools":["Публічні консультації","Громадські слухання"],"round_table":false}',
       NULL, NULL, NULL, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, UTC_TIMESTAMP(6), 0
FROM users WHERE email = 'andrii.melnyk@demo.civitas';

INSERT INTO applications (program_id, user_id, status, profile, region, organization, category, answers, decision_message, decided_by, decided_at, submitted_at, updated_at, version)
SELECT @program, id, 'WAITLISTED',
       '{"surname":"Шевчук","givenName":"Наталія","patronymic":"Іванівна","email":"nataliia.shevchuk@demo.civitas","phone":"+380 93 777 88 99","region":"Житомирська область","organization":"ГО «Агенція розвитку громади» (демо)","position":"Координаторка проєктів","category":"Представник громадянського суспільства","gender":"female","consent":true}',
       'Житомирська область', 'ГО «Агенція розвитку громади» (демо)', 'Представник громадянського суспільства',
       '{"motivation":"Хочу краще розуміти, як працює місцева влада, щоб пропонувати спільні проєкти.","experience":"Понад 3 роки","tools":["Громадський бюджет","Місцеві петиції"],"round_table":true}',
       'Усі місця зараз розподілено; ми повідомимо, щойно місце звільниться.', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6), 0
FROM users WHERE email = 'nataliia.shevchuk@demo.civitas';

INSERT INTO applications (program_id, user_id, status, profile, region, organization, category, answers, decision_message, decided_by, decided_at, submitted_at, updated_at, version)
SELECT @program, id, 'SUBMITTED',
       '{"surname":"Гнатюк","givenName":"Ірина","patronymic":"Богданівна","email":"iryna.hnatiuk@demo.civitas","phone":"+380 67 210 33 44","region":"Івано-Франківська область","organization":"Калуська міська рада","position":"Головний спеціаліст відділу комунікацій","category":"Посадова особа місцевого самоврядування","gender":"female","consent":true}',
       'Івано-Франківська область', 'Калуська міська рада', 'Посадова особа місцевого самоврядування',
       '{"motivation":"Налагоджую зворотний зв’язок із мешканцями, хочу системно проводити консультації.","experience":"1–3 роки","tools":["Публічні консультації","Громадські слухання"],"round_table":true}',
       NULL, NULL, NULL, UTC_TIMESTAMP(6) - INTERVAL 30 HOUR, UTC_TIMESTAMP(6), 0
FROM users WHERE email = 'iryna.hnatiuk@demo.civitas';

INSERT INTO applications (program_id, user_id, status, profile, region, organization, category, answers, decision_message, decided_by, decided_at, submitted_at, updated_at, version)
SELECT @program, id, 'SUBMITTED',
       '{"surname":"Мороз","givenName":"Сергій","patronymic":"Олексійович","email":"serhii.moroz@demo.civitas","phone":"+380 95 321 44 55","region":"Полтавська область","organization":"Полтавська обласна державна адміністрація","position":"Заступник начальника управління","category":"Працівник місцевого органу виконавчої влади","gender":"male","consent":true}',
       'Полтавська область', 'Полтавська обласна державна адміністрація', 'Працівник місцевого органу виконавчої влади',
       '{"motivation":"Координую співпрацю з громадами області.","experience":"Понад 3 роки","tools":["Громадський бюджет"],"round_table":false}',
       NULL, NULL, NULL, UTC_TIMESTAMP(6) - INTERVAL 23 HOUR, UTC_TIMESTAMP(6), 0
FROM users WHERE email = 'serhii.moroz@demo.civitas';

INSERT INTO applications (program_id, user_id, status, profile, region, organization, category, answers, decision_message, decided_by, decided_at, submitted_at, updated_at, version)
SELECT @program, id, 'SUBMITTED',
       '{"surname":"Ткач","givenName":"Оксана","patronymic":null,"email":"oksana.tkach@demo.civitas","phone":"+380 50 432 55 66","region":"Чернігівська область","organization":"Ніжинська міська рада","position":"Секретар ради","category":"Посадова особа місцевого самоврядування","gender":"female","consent":true}',
       'Чернігівська область', 'Ніжинська міська рада', 'Посадова особа місцевого самоврядування',
       '{"motivation":"Хочу, щоб статут громади справді працював на участь мешканців.","experience":"Немає","tools":[],"round_table":true}',
       NULL, NULL, NULL, UTC_TIMESTAMP(6) - INTERVAL 16 HOUR, UTC_TIMESTAMP(6), 0
FROM users WHERE email = 'oksana.tkach@demo.civitas';

-- Sessions: a kick-off webinar already held (before the program's dates: allowed, the editor is
-- warned), then webinars in every module, and an in-person round table in module 3. Olena, who is
-- admitted, registered for the kick-off and the first webinars.
INSERT INTO sessions (program_id, module_id, uid, title, description, speakers, starts_at, ends_at, time_zone, format, meeting_url,
                      venue, address, room, capacity, registration_required, status, cancellation_reason, sequence, created_at, updated_at, version)
SELECT @program, m.id, CONCAT('demo-', UUID(), '@civitas'), 'Вступний вебінар: як працює програма',
       'Знайомство з програмою, розкладом і вимогами до завершення; як користуватися Civitas.',
       '[{"name":"Тарас Бондар","position":"Тренер програми","bio":"Експерт із місцевого розвитку, 10 років супроводжує громади."}]',
       TIMESTAMP(UTC_DATE() - INTERVAL 3 DAY, '08:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 3 DAY, '09:30:00'), 'Europe/Kyiv',
       'online', 'https://meet.example.org/civitas-demo-kickoff', NULL, NULL, NULL, NULL, FALSE, 'scheduled', NULL, 0,
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0
FROM modules m WHERE m.program_id = @program AND m.position = 0;
INSERT INTO sessions (program_id, module_id, uid, title, description, speakers, starts_at, ends_at, time_zone, format, meeting_url,
                      venue, address, room, capacity, registration_required, status, cancellation_reason, sequence, created_at, updated_at, version)
SELECT @program, m.id, CONCAT('demo-', UUID(), '@civitas'), s.title, s.description, s.speakers,
       TIMESTAMP(UTC_DATE() + INTERVAL s.day DAY, s.starts), TIMESTAMP(UTC_DATE() + INTERVAL s.day DAY, s.ends), 'Europe/Kyiv',
       s.format, s.meeting_url, s.venue, s.address, s.room, s.capacity, s.required, 'scheduled', NULL, 0,
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0
FROM modules m JOIN (
    SELECT 0 AS position, 62 AS day, '08:00:00' AS starts, '09:30:00' AS ends, 'Конституційні гарантії участі громадськості' AS title,
           'Які права мешканців закріплюють Конституція, закон про місцеве самоврядування і статут громади.' AS description,
           '[{"name":"Олена Гнатюк","position":"Юристка, експертка з місцевого самоврядування","bio":null}]' AS speakers,
           'online' AS format, 'https://meet.example.org/civitas-demo-1' AS meeting_url, NULL AS venue, NULL AS address, NULL AS room,
           100 AS capacity, TRUE AS required
    UNION ALL SELECT 0, 69, '08:00:00', '09:30:00', 'Статут громади як інструмент участі',
           'Розбираємо статути трьох громад: що працює, а що лишається на папері.',
           '[{"name":"Олена Гнатюк","position":"Юристка, експертка з місцевого самоврядування","bio":null}]',
           'online', 'https://meet.example.org/civitas-demo-2', NULL, NULL, NULL, 100, TRUE
    UNION ALL SELECT 1, 83, '08:00:00', '09:30:00', 'Публічні консультації: від плану до звіту',
           'Як спланувати консультації, зібрати пропозиції і звітувати мешканцям.',
           '[{"name":"Тарас Бондар","position":"Тренер програми","bio":null}]',
           'online', 'https://meet.example.org/civitas-demo-3', NULL, NULL, NULL, 100, TRUE
    UNION ALL SELECT 1, 90, '08:00:00', '09:30:00', 'Громадський бюджет: поради тих, хто вже провів',
           'Досвід громад, які провели громадський бюджет, і типові помилки.',
           '[{"name":"Тарас Бондар","position":"Тренер програми","bio":null}]',
           'online', 'https://meet.example.org/civitas-demo-4', NULL, NULL, NULL, 100, TRUE
    UNION ALL SELECT 2, 104, '07:00:00', '11:00:00', 'Круглий стіл: влада і громадські організації',
           'Очна зустріч посадових осіб і представників громадських організацій: спільні проєкти й домовленості.',
           '[{"name":"Тарас Бондар","position":"Модератор","bio":null},{"name":"Наталія Шевчук","position":"Агенція розвитку громади (демо)","bio":null}]',
           'in_person', NULL, 'Будинок громадськості', 'Київ, вул. Хрещатик, 36', 'Зала 2', 30, TRUE
    UNION ALL SELECT 2, 111, '08:00:00', '09:30:00', 'Конкурси проєктів і соціальне замовлення',
           'Як громада фінансує ініціативи громадських організацій прозоро.',
           '[{"name":"Олена Гнатюк","position":"Юристка, експертка з місцевого самоврядування","bio":null}]',
           'hybrid', 'https://meet.example.org/civitas-demo-6', 'Будинок громадськості', 'Київ, вул. Хрещатик, 36', 'Зала 1', 60, TRUE
    UNION ALL SELECT 3, 132, '08:00:00', '09:30:00', 'Показники участі та зворотний зв’язок',
           'Що вимірювати, щоб бачити, чи працює участь, і як говорити про результати.',
           '[{"name":"Тарас Бондар","position":"Тренер програми","bio":null}]',
           'online', 'https://meet.example.org/civitas-demo-7', NULL, NULL, NULL, 100, TRUE
    UNION ALL SELECT 3, 139, '08:00:00', '09:30:00', 'Звітування перед громадою',
           'Формати звітів, які мешканці справді читають.',
           '[{"name":"Тарас Бондар","position":"Тренер програми","bio":null}]',
           'online', 'https://meet.example.org/civitas-demo-8', NULL, NULL, NULL, 100, TRUE
) s ON s.position = m.position
WHERE m.program_id = @program;

INSERT INTO session_registrations (session_id, user_id, status, created_at, updated_at)
SELECT s.id, u.id, 'registered', UTC_TIMESTAMP(6) - INTERVAL 4 DAY, UTC_TIMESTAMP(6) - INTERVAL 4 DAY
FROM sessions s JOIN users u ON u.email = 'olena.kovalenko@demo.civitas'
WHERE s.program_id = @program AND s.starts_at < UTC_TIMESTAMP(6) + INTERVAL 75 DAY;

-- The demo people proved their addresses long ago.
UPDATE users SET email_verified_at = UTC_TIMESTAMP(6) - INTERVAL 30 DAY WHERE email LIKE '%@demo.civitas';

-- The admitted cohort beside Olena: sixteen officials and activists from four oblasts, so the
-- register, and later the reports, have people in them. The same password as every demo learner.
INSERT INTO users (email, password_hash, surname, given_name, patronymic, roles, enabled, created_at, updated_at, last_login_at, email_verified_at, version)
SELECT c.email, '$argon2id$v=19$m=19456,t=2,p=1$jZyrpNnjmMt5kS4s3c4C3Q$tgGxCuRF3f/pquiELPl2z0g7tv6xplp2pJRHyxccea8',
       c.surname, c.given_name, c.patronymic, 'learner', TRUE, UTC_TIMESTAMP(6) - INTERVAL 20 DAY, UTC_TIMESTAMP(6) - INTERVAL 20 DAY,
       NULL, UTC_TIMESTAMP(6) - INTERVAL 20 DAY, 0
FROM (
    SELECT 'mykola.savchenko@demo.civitas' AS email, 'Савченко' AS surname, 'Микола' AS given_name, 'Петрович' AS patronymic
    UNION ALL SELECT 'halyna.lysenko@demo.civitas', 'Лисенко', 'Галина', 'Степанівна'
    UNION ALL SELECT 'vasyl.kravets@demo.civitas', 'Кравець', 'Василь', 'Іванович'
    UNION ALL SELECT 'tetiana.bondarenko@demo.civitas', 'Бондаренко', 'Тетяна', 'Олегівна'
    UNION ALL SELECT 'oleh.marchenko@demo.civitas', 'Марченко', 'Олег', 'Юрійович'
    UNION ALL SELECT 'liudmyla.polishchuk@demo.civitas', 'Поліщук', 'Людмила', 'Анатоліївна'
    UNION ALL SELECT 'ivan.tkachuk@demo.civitas', 'Ткачук', 'Іван', 'Михайлович'
    UNION ALL SELECT 'mariia.rudenko@demo.civitas', 'Руденко', 'Марія', NULL
    UNION ALL SELECT 'yurii.oliinyk@demo.civitas', 'Олійник', 'Юрій', 'Васильович'
    UNION ALL SELECT 'svitlana.koval@demo.civitas', 'Коваль', 'Світлана', 'Ігорівна'
    UNION ALL SELECT 'roman.shevchenko@demo.civitas', 'Шевченко', 'Роман', 'Андрійович'
    UNION ALL SELECT 'olha.boiko@demo.civitas', 'Бойко', 'Ольга', 'Віталіївна'
    UNION ALL SELECT 'petro.kovalchuk@demo.civitas', 'Ковальчук', 'Петро', 'Миколайович'
    UNION ALL SELECT 'anna.zinchenko@demo.civitas', 'Зінченко', 'Анна', 'Сергіївна'
    UNION ALL SELECT 'dmytro.pavlenko@demo.civitas', 'Павленко', 'Дмитро', NULL
    UNION ALL SELECT 'kateryna.symonenko@demo.civitas', 'Симоненко', 'Катерина', 'Романівна'
) c;

INSERT INTO applications (program_id, user_id, status, profile, region, organization, category, answers, decision_message, decided_by, decided_at, submitted_at, updated_at, version)
SELECT @program, u.id, 'ADMITTED',
       JSON_OBJECT('surname', u.surname, 'givenName', u.given_name, 'patronymic', u.patronymic, 'email', u.email,
                   'phone', CONCAT('+380 67 000 ', LPAD(u.id MOD 100, 2, '0'), ' ', LPAD(u.id MOD 97, 2, '0')), 'region', c.region,
                   'organization', c.organization, 'position', c.position, 'category', c.category, 'gender', c.gender, 'consent', TRUE),
       c.region, c.organization, c.category,
       '{"motivation":"Хочу застосувати інструменти участі у своїй громаді.","experience":"1–3 роки","tools":["Публічні консультації"],"round_table":true}',
       'Вітаємо! Вас зараховано на програму.', NULL, UTC_TIMESTAMP(6) - INTERVAL 10 DAY, UTC_TIMESTAMP(6) - INTERVAL 14 DAY,
       UTC_TIMESTAMP(6) - INTERVAL 10 DAY, 0
FROM users u JOIN (
    SELECT 'mykola.savchenko@demo.civitas' AS email, 'Полтавська область' AS region, 'Гадяцька міська рада' AS organization,
           'Заступник міського голови' AS position, 'Посадова особа місцевого самоврядування' AS category, 'male' AS gender
    UNION ALL SELECT 'halyna.lysenko@demo.civitas', 'Полтавська область', 'Миргородська міська рада', 'Секретар ради', 'Посадова особа місцевого самоврядування', 'female'
    UNION ALL SELECT 'vasyl.kravets@demo.civitas', 'Полтавська область', 'Полтавська обласна державна адміністрація', 'Головний спеціаліст', 'Працівник місцевого органу виконавчої влади', 'male'
    UNION ALL SELECT 'tetiana.bondarenko@demo.civitas', 'Полтавська область', 'ГО «Полтавська платформа участі» (демо)', 'Координаторка', 'Представник громадянського суспільства', 'female'
    UNION ALL SELECT 'oleh.marchenko@demo.civitas', 'Чернігівська область', 'Ніжинська міська рада', 'Начальник відділу', 'Посадова особа місцевого самоврядування', 'male'
    UNION ALL SELECT 'liudmyla.polishchuk@demo.civitas', 'Чернігівська область', 'Прилуцька міська рада', 'Спеціаліст І категорії', 'Посадова особа місцевого самоврядування', 'female'
    UNION ALL SELECT 'ivan.tkachuk@demo.civitas', 'Чернігівська область', 'Чернігівська районна державна адміністрація', 'Головний спеціаліст', 'Працівник місцевого органу виконавчої влади', 'male'
    UNION ALL SELECT 'mariia.rudenko@demo.civitas', 'Чернігівська область', 'ГО «Відкрите Полісся» (демо)', 'Голова правління', 'Представник громадянського суспільства', NULL
    UNION ALL SELECT 'yurii.oliinyk@demo.civitas', 'Львівська область', 'Жовківська міська рада', 'Староста', 'Посадова особа місцевого самоврядування', 'male'
    UNION ALL SELECT 'svitlana.koval@demo.civitas', 'Львівська область', 'Стрийська міська рада', 'Начальниця відділу', 'Посадова особа місцевого самоврядування', 'female'
    UNION ALL SELECT 'roman.shevchenko@demo.civitas', 'Львівська область', 'Львівська обласна державна адміністрація', 'Заступник начальника управління', 'Працівник місцевого органу виконавчої влади', 'male'
    UNION ALL SELECT 'olha.boiko@demo.civitas', 'Львівська область', 'ГО «Громадський простір» (демо)', 'Аналітикиня', 'Представник громадянського суспільства', 'female'
    UNION ALL SELECT 'petro.kovalchuk@demo.civitas', 'Житомирська область', 'Коростенська міська рада', 'Секретар ради', 'Посадова особа місцевого самоврядування', 'male'
    UNION ALL SELECT 'anna.zinchenko@demo.civitas', 'Житомирська область', 'Бердичівська міська рада', 'Головна спеціалістка', 'Посадова особа місцевого самоврядування', 'female'
    UNION ALL SELECT 'dmytro.pavlenko@demo.civitas', 'Житомирська область', 'Житомирська обласна державна адміністрація', 'Спеціаліст', 'Працівник місцевого органу виконавчої влади', 'male'
    UNION ALL SELECT 'kateryna.symonenko@demo.civitas', 'Житомирська область', 'ГО «Агенція розвитку громади» (демо)', 'Менеджерка проєктів', 'Представник громадянського суспільства', 'female'
) c ON c.email = u.email;

-- The kick-off's register: most joined (a meeting report was imported), some checked in late, one
-- was excused, one missed it, and one made it up by watching the recording. Every record has the
-- change that made it, as the register's history shows.
INSERT INTO attendance_records (session_id, user_id, status, minutes, source, note, updated_by, updated_at, version)
SELECT s.id, u.id, a.status, a.minutes, a.source, a.note,
       CASE a.source WHEN 'trainer' THEN t.id WHEN 'imported_report' THEN t.id ELSE u.id END,
       s.ends_at + INTERVAL a.after_end MINUTE, 0
FROM sessions s
JOIN users t ON t.email = 'taras.bondar@demo.civitas'
JOIN (
    SELECT 'olena.kovalenko@demo.civitas' AS email, 'present' AS status, 88 AS minutes, 'imported_report' AS source, NULL AS note, 30 AS after_end
    UNION ALL SELECT 'mykola.savchenko@demo.civitas', 'present', 90, 'imported_report', NULL, 30
    UNION ALL SELECT 'halyna.lysenko@demo.civitas', 'present', 85, 'imported_report', NULL, 30
    UNION ALL SELECT 'vasyl.kravets@demo.civitas', 'present', 90, 'imported_report', NULL, 30
    UNION ALL SELECT 'tetiana.bondarenko@demo.civitas', 'late', 62, 'self_check_in', NULL, -60
    UNION ALL SELECT 'oleh.marchenko@demo.civitas', 'present', 79, 'imported_report', NULL, 30
    UNION ALL SELECT 'liudmyla.polishchuk@demo.civitas', 'present', 90, 'imported_report', NULL, 30
    UNION ALL SELECT 'ivan.tkachuk@demo.civitas', 'absent', 18, 'imported_report', NULL, 30
    UNION ALL SELECT 'mariia.rudenko@demo.civitas', 'present', 90, 'imported_report', NULL, 30
    UNION ALL SELECT 'yurii.oliinyk@demo.civitas', 'present', 87, 'imported_report', NULL, 30
    UNION ALL SELECT 'svitlana.koval@demo.civitas', 'excused', NULL, 'trainer', 'Відрядження, попередила заздалегідь', 45
    UNION ALL SELECT 'roman.shevchenko@demo.civitas', 'late', 70, 'self_check_in', NULL, -70
    UNION ALL SELECT 'olha.boiko@demo.civitas', 'present', 90, 'imported_report', NULL, 30
    UNION ALL SELECT 'petro.kovalchuk@demo.civitas', 'present', 76, 'imported_report', NULL, 30
    UNION ALL SELECT 'anna.zinchenko@demo.civitas', 'present', 0, 'recording', NULL, 1440
    UNION ALL SELECT 'dmytro.pavlenko@demo.civitas', 'present', 90, 'imported_report', NULL, 30
    UNION ALL SELECT 'kateryna.symonenko@demo.civitas', 'present', 84, 'imported_report', NULL, 30
) a
JOIN users u ON u.email = a.email
WHERE s.program_id = @program AND s.starts_at < UTC_TIMESTAMP(6);

INSERT INTO attendance_changes (session_id, user_id, changed_by, changed_at, old_status, new_status, old_minutes, new_minutes, source, note)
SELECT r.session_id, r.user_id, r.updated_by, r.updated_at, NULL, r.status, NULL, r.minutes, r.source, r.note
FROM attendance_records r JOIN sessions s ON s.id = r.session_id
WHERE s.program_id = @program;

-- The kick-off's recording: a short video the build draws (org.civitas.demo.DemoRecording). Anna,
-- who missed the webinar, watched all of it, which the program counts as attending.
INSERT INTO recordings (session_id, storage_key, file_name, content_type, size, duration_seconds, uploaded_by, created_at)
SELECT s.id, '${file:recording.mp4:key}', 'vstupnyi-vebinar.mp4', 'video/mp4', ${file:recording.mp4:size}, 12, t.id,
       s.ends_at + INTERVAL 2 HOUR
FROM sessions s JOIN users t ON t.email = 'taras.bondar@demo.civitas'
WHERE s.program_id = @program AND s.starts_at < UTC_TIMESTAMP(6);

INSERT INTO recording_views (recording_id, user_id, watched, watched_seconds, reported_at, version)
SELECT r.id, u.id, '0-12', 12, s.ends_at + INTERVAL 1 DAY, 0
FROM recordings r JOIN sessions s ON s.id = r.session_id JOIN users u ON u.email = 'anna.zinchenko@demo.civitas'
WHERE s.program_id = @program;

-- The cohort registered for the first webinars too.
INSERT INTO session_registrations (session_id, user_id, status, created_at, updated_at)
SELECT s.id, a.user_id, 'registered', UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 2 DAY
FROM sessions s JOIN applications a ON a.program_id = s.program_id AND a.status = 'ADMITTED'
WHERE s.program_id = @program AND s.starts_at > UTC_TIMESTAMP(6) AND s.starts_at < UTC_TIMESTAMP(6) + INTERVAL 75 DAY
  AND NOT EXISTS (SELECT 1 FROM session_registrations r WHERE r.session_id = s.id AND r.user_id = a.user_id);

-- The question bank: two categories of questions in every type, kept as the bank keeps them (a
-- row per question, its first version as JSON).
INSERT INTO question_categories (program_id, parent_id, name, created_at)
VALUES (@program, NULL, 'Модуль 1. Правові засади участі', UTC_TIMESTAMP(6) - INTERVAL 10 DAY);
SET @bank1 = LAST_INSERT_ID();
INSERT INTO question_categories (program_id, parent_id, name, created_at)
VALUES (@program, NULL, 'Модуль 2. Інструменти участі', UTC_TIMESTAMP(6) - INTERVAL 10 DAY);
SET @bank2 = LAST_INSERT_ID();

INSERT INTO questions (program_id, category_id, type, name, tags, version_number, answered, deleted_at, created_by, created_at, updated_at, version)
SELECT @program, IF(d.module = 1, @bank1, @bank2), d.type, d.name, d.tags, 1, d.module = 1, NULL, t.id,
       UTC_TIMESTAMP(6) - INTERVAL 10 DAY, UTC_TIMESTAMP(6) - INTERVAL 10 DAY, 0
FROM users t JOIN (
    SELECT 1 AS module, 'single_choice' AS type, 'Закон про форми участі' AS name, 'закони' AS tags
    UNION ALL SELECT 1, 'true_false', 'Статут і громадські слухання', 'статут'
    UNION ALL SELECT 1, 'short_answer', 'Колективне звернення онлайн', 'петиції'
    UNION ALL SELECT 2, 'multiple_choice', 'Форми місцевої демократії', 'інструменти'
    UNION ALL SELECT 2, 'numerical', 'Модулі програми', ''
    UNION ALL SELECT 2, 'matching', 'Інструменти та їхня суть', 'інструменти'
) d
WHERE t.email = 'taras.bondar@demo.civitas';

INSERT INTO question_versions (question_id, number, body, created_by, created_at)
SELECT q.id, 1, b.body, q.created_by, q.created_at
FROM questions q JOIN (
    SELECT 'Закон про форми участі' AS name,
           '{"type":"SINGLE_CHOICE","category":[],"name":"Закон про форми участі","text":"<p>Який закон визначає форми участі мешканців у місцевому самоврядуванні?</p>","feedback":"<p>Стаття 13 і далі Закону «Про місцеве самоврядування в Україні».</p>","mark":1.0,"penalty":0.3333333,"shuffle":true,"caseSensitive":false,"choices":[{"text":"Закон «Про місцеве самоврядування в Україні»","fraction":1.0,"feedback":"Так."},{"text":"Закон «Про державну службу»","fraction":0.0,"feedback":"Ні, він про службу в органах влади."},{"text":"Бюджетний кодекс України","fraction":0.0,"feedback":"Ні, він про бюджетний процес."}],"numbers":[],"pairs":[],"tags":["закони"]}' AS body
    UNION ALL SELECT 'Статут і громадські слухання',
           '{"type":"TRUE_FALSE","category":[],"name":"Статут і громадські слухання","text":"<p>Статут територіальної громади може встановлювати порядок проведення громадських слухань.</p>","feedback":null,"mark":1.0,"penalty":1.0,"shuffle":false,"caseSensitive":false,"choices":[{"text":"true","fraction":1.0,"feedback":"Так, і це варто зробити."},{"text":"false","fraction":0.0,"feedback":"Може: закон відсилає саме до статуту."}],"numbers":[],"pairs":[],"tags":["статут"]}'
    UNION ALL SELECT 'Колективне звернення онлайн',
           '{"type":"SHORT_ANSWER","category":[],"name":"Колективне звернення онлайн","text":"<p>Як називається колективне звернення мешканців до ради, яке збирає підписи в інтернеті?</p>","feedback":null,"mark":1.0,"penalty":0.3333333,"shuffle":false,"caseSensitive":false,"choices":[{"text":"електронна петиція","fraction":1.0,"feedback":null},{"text":"петиція","fraction":1.0,"feedback":null}],"numbers":[],"pairs":[],"tags":["петиції"]}'
    UNION ALL SELECT 'Форми місцевої демократії',
           '{"type":"MULTIPLE_CHOICE","category":[],"name":"Форми місцевої демократії","text":"<p>Що з переліченого є формами участі мешканців у місцевому самоврядуванні?</p>","feedback":null,"mark":1.0,"penalty":0.3333333,"shuffle":true,"caseSensitive":false,"choices":[{"text":"Громадські слухання","fraction":0.5,"feedback":null},{"text":"Місцеві ініціативи","fraction":0.5,"feedback":null},{"text":"Указ Президента","fraction":-1.0,"feedback":"Ні, це акт глави держави."}],"numbers":[],"pairs":[],"tags":["інструменти"]}'
    UNION ALL SELECT 'Модулі програми',
           '{"type":"NUMERICAL","category":[],"name":"Модулі програми","text":"<p>Скільки модулів у цій програмі?</p>","feedback":null,"mark":1.0,"penalty":0.3333333,"shuffle":false,"caseSensitive":false,"choices":[],"numbers":[{"value":4.0,"tolerance":0.0,"fraction":1.0,"feedback":"Так, чотири."}],"pairs":[],"tags":[]}'
    UNION ALL SELECT 'Інструменти та їхня суть',
           '{"type":"MATCHING","category":[],"name":"Інструменти та їхня суть","text":"<p>Зіставте інструмент участі з його суттю.</p>","feedback":null,"mark":1.0,"penalty":0.3333333,"shuffle":true,"caseSensitive":false,"choices":[],"numbers":[],"pairs":[{"prompt":"Громадський бюджет","answer":"Мешканці голосують за проєкти, на які піде частина бюджету"},{"prompt":"Електронна петиція","answer":"Звернення, яке розглядають, коли воно набере підписи"},{"prompt":"Громадські слухання","answer":"Зустріч мешканців із посадовими особами громади"},{"prompt":"","answer":"Наказ керівника структурного підрозділу"}],"tags":["інструменти"]}'
) b ON b.name = q.name
WHERE q.program_id = @program;

-- Tests: one per module of the first two, and the final test drawing two questions of each
-- category. The first module's test has attempts (three passed, one not, one in progress).
INSERT INTO quizzes (program_id, module_id, title, description, pass_mark, attempts_allowed, grading, time_limit_minutes, opens_at,
                     closes_at, shuffle_questions, shuffle_choices, layout, questions, random_draws, review, published, created_by,
                     created_at, updated_at, version)
SELECT @program, m.id, d.title, d.description, 60, d.attempts, 'highest', d.minutes, UTC_TIMESTAMP(6) - INTERVAL 3 DAY,
       NULL, FALSE, TRUE, d.layout,
       (SELECT JSON_ARRAYAGG(JSON_OBJECT('questionId', q.id, 'mark', NULL)) FROM questions q
        WHERE q.program_id = @program AND q.category_id = IF(d.position = 0, @bank1, @bank2)),
       '[]', '{"afterSubmit":{"score":true,"answers":true,"correctAnswers":false,"feedback":true},"afterClose":{"score":true,"answers":true,"correctAnswers":true,"feedback":true}}',
       TRUE, t.id, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, 0
FROM modules m
JOIN users t ON t.email = 'taras.bondar@demo.civitas'
JOIN (
    SELECT 0 AS position, 'Тест модуля 1: правові засади участі' AS title, 'Три питання про закони та статут громади.' AS description,
           2 AS attempts, 20 AS minutes, 'one_per_page' AS layout
    UNION ALL SELECT 1, 'Тест модуля 2: інструменти участі', 'Три питання різних типів про інструменти участі.', 3, NULL, 'all_on_one_page'
) d ON d.position = m.position
WHERE m.program_id = @program;
SET @module1_quiz = (SELECT MIN(id) FROM quizzes WHERE program_id = @program);

INSERT INTO quizzes (program_id, module_id, title, description, pass_mark, attempts_allowed, grading, time_limit_minutes, opens_at,
                     closes_at, shuffle_questions, shuffle_choices, layout, questions, random_draws, review, published, created_by,
                     created_at, updated_at, version)
SELECT @program, NULL, 'Підсумковий тест програми', 'Чотири питання, випадково обрані з банку: по два з кожного модуля.', 70, 1,
       'highest', 30, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, NULL, TRUE, TRUE, 'one_per_page', '[]',
       CONCAT('[{"categoryId":', @bank1, ',"count":2,"includeSubcategories":true},{"categoryId":', @bank2, ',"count":2,"includeSubcategories":true}]'),
       '{"afterSubmit":{"score":true,"answers":true,"correctAnswers":false,"feedback":false},"afterClose":{"score":true,"answers":true,"correctAnswers":true,"feedback":true}}',
       TRUE, t.id, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, 0
FROM users t WHERE t.email = 'taras.bondar@demo.civitas';

INSERT INTO quiz_attempts (quiz_id, user_id, number, status, started_at, deadline, submitted_at, score, passed, slots, version)
SELECT @module1_quiz, u.id, 1, a.status, UTC_TIMESTAMP(6) - INTERVAL a.days DAY,
       UTC_TIMESTAMP(6) - INTERVAL a.days DAY + INTERVAL 20 MINUTE,
       IF(a.status = 'submitted', UTC_TIMESTAMP(6) - INTERVAL a.days DAY + INTERVAL 12 MINUTE, NULL), a.score, a.passed,
       (SELECT JSON_ARRAYAGG(JSON_OBJECT('questionId', q.id, 'versionId', v.id, 'mark', 1.0,
                                         'choiceOrder', CASE q.type WHEN 'short_answer' THEN JSON_ARRAY() WHEN 'true_false' THEN JSON_ARRAY(0, 1)
                                                         ELSE JSON_ARRAY(0, 1, 2) END,
                                         'promptOrder', JSON_ARRAY()))
        FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.number = 1 WHERE q.category_id = @bank1), 0
FROM users u JOIN (
    SELECT 'olena.kovalenko@demo.civitas' AS email, 'submitted' AS status, 2 AS days, 100.0 AS score, TRUE AS passed
    UNION ALL SELECT 'mykola.savchenko@demo.civitas', 'submitted', 2, 66.67, TRUE
    UNION ALL SELECT 'halyna.lysenko@demo.civitas', 'submitted', 1, 33.33, FALSE
    UNION ALL SELECT 'oleh.marchenko@demo.civitas', 'submitted', 1, 100.0, TRUE
    UNION ALL SELECT 'tetiana.bondarenko@demo.civitas', 'in_progress', 0, NULL, NULL
) a ON a.email = u.email;

-- Their answers, in the attempts' choice ids (shown in the author's order here): right and wrong.
INSERT INTO quiz_answers (attempt_id, question_id, answer, client_seq, saved_at)
SELECT at.id, q.id, x.answer, 1, at.started_at + INTERVAL 5 MINUTE
FROM quiz_attempts at
JOIN users u ON u.id = at.user_id
JOIN (
    SELECT 'olena.kovalenko@demo.civitas' AS email, 'single_choice' AS type, '0' AS answer
    UNION ALL SELECT 'olena.kovalenko@demo.civitas', 'true_false', '0'
    UNION ALL SELECT 'olena.kovalenko@demo.civitas', 'short_answer', '"електронна петиція"'
    UNION ALL SELECT 'mykola.savchenko@demo.civitas', 'single_choice', '0'
    UNION ALL SELECT 'mykola.savchenko@demo.civitas', 'true_false', '1'
    UNION ALL SELECT 'mykola.savchenko@demo.civitas', 'short_answer', '"петиція"'
    UNION ALL SELECT 'halyna.lysenko@demo.civitas', 'single_choice', '1'
    UNION ALL SELECT 'halyna.lysenko@demo.civitas', 'true_false', '0'
    UNION ALL SELECT 'halyna.lysenko@demo.civitas', 'short_answer', '"звернення"'
    UNION ALL SELECT 'oleh.marchenko@demo.civitas', 'single_choice', '0'
    UNION ALL SELECT 'oleh.marchenko@demo.civitas', 'true_false', '0'
    UNION ALL SELECT 'oleh.marchenko@demo.civitas', 'short_answer', '"Електронна петиція"'
    UNION ALL SELECT 'tetiana.bondarenko@demo.civitas', 'single_choice', '0'
) x ON x.email = u.email
JOIN questions q ON q.category_id = @bank1 AND q.type = x.type
WHERE at.quiz_id = @module1_quiz;

-- Completion rules: the kick-off webinar (or its recording) and the first module's test. Olena,
-- Mykola and Oleh have both, so the platform issues their certificates as the demo loads
-- (DemoCertificates) and revokes the last one; everyone else sees what is left.
INSERT INTO completion_rules (program_id, attendance_scope, attendance_measure, attendance_minimum, recording_counts,
                              required_quiz_ids, final_test_required, final_test_pass_percent, updated_at, version)
VALUES (@program, 'overall', 'count', 1, TRUE, JSON_ARRAY(@module1_quiz), FALSE, NULL, UTC_TIMESTAMP(6), 0);

-- The certificate design: the centre's colours, a footer and two signatories.
INSERT INTO certificate_designs (program_id, design, updated_at, version)
VALUES (@program, JSON_OBJECT('primaryColor', '#1f3a5f', 'accentColor', '#b8860b', 'providerLogo', NULL, 'partnerLogos', JSON_ARRAY(),
        'signatories', JSON_ARRAY(JSON_OBJECT('name', 'Ірина Мельник', 'position', 'Директорка навчального центру'),
                                  JSON_OBJECT('name', 'Тарас Бондар', 'position', 'Тренер програми')),
        'introText', NULL, 'footerText', 'Справжність сертифіката можна перевірити за QR-кодом або кодом перевірки',
        'showOutcomes', TRUE, 'validityMonths', NULL, 'language', NULL), UTC_TIMESTAMP(6), 0);
