import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.messages.SendPaidReactionRequest(
                peer="durov",
                msg_id=142,
                count=10,
                private=types.PaidReactionPrivacyDefault(),
            )
        )
        print(result.stringify())


asyncio.run(main())
