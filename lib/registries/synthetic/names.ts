/** Name stock for the synthetic population. Feminine forms and patronymics are written out, not guessed. */
export type NameSet = {
  male: string[];
  female: string[];
  surnames: Array<{ male: string; female: string }>;
  patronymic: (fatherGivenName: string, sex: "male" | "female") => string;
};

export const kazakhNames: NameSet = {
  male: [
    "Нұрлан",
    "Ерлан",
    "Асхат",
    "Дәурен",
    "Ержан",
    "Бауыржан",
    "Серік",
    "Мұрат",
    "Айдос",
    "Арман",
    "Қайрат",
    "Талғат",
  ],
  female: [
    "Айгүл",
    "Гүлнара",
    "Әсем",
    "Динара",
    "Жанар",
    "Мадина",
    "Сәуле",
    "Айнұр",
    "Ақмарал",
    "Аружан",
    "Назерке",
    "Толқын",
  ],
  surnames: [
    { male: "Ахметов", female: "Ахметова" },
    { male: "Серіков", female: "Серікова" },
    { male: "Жақсылықов", female: "Жақсылықова" },
    { male: "Нұрпейісов", female: "Нұрпейісова" },
    { male: "Омаров", female: "Омарова" },
    { male: "Бекенов", female: "Бекенова" },
    { male: "Тұрсынов", female: "Тұрсынова" },
    { male: "Қасымов", female: "Қасымова" },
    { male: "Сейітов", female: "Сейітова" },
    { male: "Әбдірахманов", female: "Әбдірахманова" },
  ],
  patronymic: (father, sex) => `${father}${sex === "male" ? "ұлы" : "қызы"}`,
};

const russianPatronymics: Record<string, { male: string; female: string }> = {
  Иван: { male: "Иванович", female: "Ивановна" },
  Алексей: { male: "Алексеевич", female: "Алексеевна" },
  Дмитрий: { male: "Дмитриевич", female: "Дмитриевна" },
  Сергей: { male: "Сергеевич", female: "Сергеевна" },
  Андрей: { male: "Андреевич", female: "Андреевна" },
  Павел: { male: "Павлович", female: "Павловна" },
  Николай: { male: "Николаевич", female: "Николаевна" },
};

export const russianNames: NameSet = {
  male: Object.keys(russianPatronymics),
  female: ["Ольга", "Наталья", "Елена", "Татьяна", "Анна", "Мария", "Ирина"],
  surnames: [
    { male: "Иванов", female: "Иванова" },
    { male: "Петров", female: "Петрова" },
    { male: "Смирнов", female: "Смирнова" },
    { male: "Кузнецов", female: "Кузнецова" },
    { male: "Попов", female: "Попова" },
    { male: "Соколов", female: "Соколова" },
    { male: "Морозов", female: "Морозова" },
  ],
  patronymic: (father, sex) => russianPatronymics[father]?.[sex] ?? `${father}ович`,
};

export const addresses = [
  { region: "Алматы облысы", district: "Іле ауданы", locality: "Өтеген батыр а.", street: "Қонаев к-сі" },
  { region: "Алматы облысы", district: "Талғар ауданы", locality: "Талғар қ.", street: "Абай к-сі" },
  { region: "Батыс Қазақстан облысы", district: "Орал қ.", locality: "Орал қ.", street: "Достық даңғылы" },
  { region: "Ақтөбе облысы", district: "Ақтөбе қ.", locality: "Ақтөбе қ.", street: "Әбілқайыр хан даңғылы" },
] as const;

export const civilRegistryOffices = [
  "Іле ауданының АХАЖ бөлімі",
  "Талғар ауданының АХАЖ бөлімі",
  "Орал қаласының АХАЖ бөлімі",
  "Ақтөбе қаласының АХАЖ бөлімі",
] as const;
