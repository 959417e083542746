import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.messages.AppendTodoListRequest(
                peer="durov",
                msg_id=142,
                list=[
                    types.TodoItem(
                        id=142,
                        title=types.TextWithEntities(
                            text="Hello there!",
                            entities=[types.MessageEntityMention(offset=0, length=5)],
                        ),
                    )
                ],
            )
        )
        print(result.stringify())


asyncio.run(main())
